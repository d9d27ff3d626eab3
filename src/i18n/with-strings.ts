import { useSettings } from '../store/settings';
import { loadLanguage } from './translate';

/**
 * Load code that draws strings beyond the first page's (FIRST_PAGE_NAMESPACES in translate.ts)
 * together with all of the reader's strings: a lazy component, or a module loaded when the reader
 * asks for what it does. Resolves to the loaded module once both are here.
 */
export function withStrings<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), loadLanguage(useSettings.getState().lang)]).then(([m]) => m);
}

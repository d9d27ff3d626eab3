import { useMemo } from 'react';
import type { LocalizedText } from '../domain/text';
import { useSettings } from '../store/settings';
import { makeT } from './translate';

/** The translation function for the current language, plus a picker for clinical texts. */
export function useT() {
  const lang = useSettings((s) => s.lang);
  return useMemo(() => {
    const t = makeT(lang);
    const tx = (text: LocalizedText): string => text[lang];
    return { t, tx, lang };
  }, [lang]);
}

import { useMemo, useSyncExternalStore } from 'react';
import type { LocalizedText } from '../domain/text';
import { useSettings } from '../store/settings';
import { makeT, onStringsLoaded, stringsVersion } from './translate';

/** The translation function for the current language, plus a picker for clinical texts. */
export function useT() {
  const lang = useSettings((s) => s.lang);
  // A new t() when more strings arrive, so a page drawn before them draws again with them.
  const loaded = useSyncExternalStore(onStringsLoaded, stringsVersion, stringsVersion);
  return useMemo(() => {
    const t = makeT(lang);
    const tx = (text: LocalizedText): string => text[lang];
    return { t, tx, lang };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `loaded` only invalidates the memo
  }, [lang, loaded]);
}

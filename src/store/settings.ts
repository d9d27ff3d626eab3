import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Lang } from '../domain/text';

export interface SettingsState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The browser's preferred language if we ship it, else English. */
export function initialLang(): Lang {
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export const SETTINGS_STORAGE_KEY = 'scho-workup:settings';

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      lang: initialLang(),
      setLang: (lang) => set({ lang }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ lang: s.lang }),
      // A corrupt or foreign value must never break start-up: fall back to the default.
      merge: (persisted, current) => {
        const lang = (persisted as { lang?: unknown } | undefined)?.lang;
        return lang === 'en' || lang === 'es' ? { ...current, lang } : current;
      },
    },
  ),
);

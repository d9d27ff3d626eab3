import { create } from 'zustand';
import type { ModalityId } from '../domain/evidence/types';
import type { SiteSettings } from '../domain/engine/site';
import type { Lang } from '../domain/text';
import { localJsonStorage, persist } from './persist';
import { SETTINGS_KEY } from './storage-places';

export type { SiteSettings };

/** Light, dark, or whatever the system says (`prefers-color-scheme`). */
export const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

export interface SettingsState {
  lang: Lang;
  theme: Theme;
  /** This site's investigations and lab units: an input to the engine and part of every export. */
  site: SiteSettings;
  /** Open (true) or closed reference sections on the step pages, by kind, once the user chose. */
  disclosures: Partial<Record<string, boolean>>;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  setSite: (site: SiteSettings) => void;
  setDisclosure: (kind: string, open: boolean) => void;
}

/** The browser's preferred language if we ship it, else English. */
function initialLang(): Lang {
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Every investigation available, no waits, no unit preference. */
export const DEFAULT_SITE: SiteSettings = { unavailable: [] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A saved site setting, kept only where it is well formed (a foreign value never breaks start-up). */
function cleanSite(v: unknown): SiteSettings {
  if (!isObj(v)) return DEFAULT_SITE;
  // Kept small (this is on the first page): ids are strings; the engine ignores unknown ones.
  const unavailable = Array.isArray(v.unavailable)
    ? (v.unavailable.filter((m) => typeof m === 'string') as ModalityId[])
    : [];
  const waitDays: Partial<Record<ModalityId, number>> = {};
  if (isObj(v.waitDays)) {
    for (const [m, d] of Object.entries(v.waitDays)) {
      if (Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 365) {
        waitDays[m as ModalityId] = d as number;
      }
    }
  }
  const units: Record<string, string> = {};
  if (isObj(v.units)) {
    for (const [k, u] of Object.entries(v.units)) if (typeof u === 'string') units[k] = u;
  }
  return { unavailable, waitDays, units };
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      lang: initialLang(),
      theme: 'system',
      site: DEFAULT_SITE,
      disclosures: {},
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
      setSite: (site) => set({ site: cleanSite(site) }),
      setDisclosure: (kind, open) =>
        set((s) => ({ disclosures: { ...s.disclosures, [kind]: open } })),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: localJsonStorage(),
      partialize: ({ lang, theme, site, disclosures }) => ({ lang, theme, site, disclosures }),
      // A corrupt or foreign value must never break start-up: each field falls back on its own.
      merge: (persisted, current) => {
        const p = isObj(persisted) ? persisted : {};
        const d = p.disclosures;
        return {
          ...current,
          lang: p.lang === 'en' || p.lang === 'es' ? p.lang : current.lang,
          theme: THEMES.includes(p.theme as Theme) ? (p.theme as Theme) : current.theme,
          site: cleanSite(p.site),
          disclosures: isObj(d)
            ? (Object.fromEntries(
                Object.entries(d).filter(([, o]) => typeof o === 'boolean'),
              ) as Record<string, boolean>)
            : {},
        };
      },
    },
  ),
);

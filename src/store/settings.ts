import { create } from 'zustand';
import type { ModalityId } from '../domain/evidence/types';
import type { SiteSettings } from '../domain/engine/site';
import { FALLBACK_LANG, isLang, matchLang, type Lang } from '../domain/languages';
import { localJsonStorage, persist } from './persist';
import { SETTINGS_KEY } from './storage-places';

export type { SiteSettings };

/** Light, dark, or whatever the system says (`prefers-color-scheme`). */
export const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

export interface SettingsState {
  lang: Lang;
  /**
   * A language saved on this device that this version does not ship (a later version removed it,
   * or another build wrote it): kept in storage and said in the layout until the reader picks a
   * language or keeps the one shown, never dropped silently.
   */
  unavailableLang?: string;
  theme: Theme;
  /** This site's investigations and lab units: an input to the engine and part of every export. */
  site: SiteSettings;
  /** Open (true) or closed reference sections on the step pages, by kind, once the user chose. */
  disclosures: Partial<Record<string, boolean>>;
  /**
   * Shared ward devices: a device without a lock is asked to set one before cases are shown;
   * and the inactivity timeout of a device with a lock, in minutes (LOCK_MINUTES bounds it).
   */
  lock: LockSettings;
  setLang: (lang: Lang) => void;
  /** Keep the language shown in place of an unavailable one (the notice goes away). */
  keepLang: () => void;
  setTheme: (theme: Theme) => void;
  setSite: (site: SiteSettings) => void;
  setDisclosure: (kind: string, open: boolean) => void;
  setLock: (lock: LockSettings) => void;
}

export interface LockSettings {
  readonly required: boolean;
  readonly minutes: number;
}
/** The inactivity timeout: 5 minutes unless the site sets another, from 1 to 60. */
export const LOCK_MINUTES = { default: 5, min: 1, max: 60 } as const;
const cleanLock = (v: unknown): LockSettings => {
  const o = isObj(v) ? v : {};
  const m = o.minutes;
  return {
    required: o.required === true,
    minutes:
      Number.isInteger(m) && (m as number) >= LOCK_MINUTES.min && (m as number) <= LOCK_MINUTES.max
        ? (m as number)
        : LOCK_MINUTES.default,
  };
};

/** The browser's preferred language if we ship it (languages.ts), else English. */
function initialLang(): Lang {
  const nav = typeof navigator !== 'undefined' ? navigator.language : '';
  return matchLang(nav) ?? FALLBACK_LANG;
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
      lock: cleanLock(undefined),
      setLang: (lang) => set({ lang, unavailableLang: undefined }),
      keepLang: () => set({ unavailableLang: undefined }),
      setTheme: (theme) => set({ theme }),
      setSite: (site) => set({ site: cleanSite(site) }),
      setDisclosure: (kind, open) =>
        set((s) => ({ disclosures: { ...s.disclosures, [kind]: open } })),
      setLock: (lock) => set({ lock: cleanLock(lock) }),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: localJsonStorage(),
      partialize: ({ lang, unavailableLang, theme, site, disclosures, lock }) => ({
        // The unavailable language stays saved until the reader chooses (see unavailableLang).
        lang: unavailableLang ?? lang,
        theme,
        site,
        disclosures,
        lock,
      }),
      // A corrupt or foreign value must never break start-up: each field falls back on its own.
      merge: (persisted, current) => {
        const p = isObj(persisted) ? persisted : {};
        const d = p.disclosures;
        return {
          ...current,
          lang: isLang(p.lang) ? p.lang : current.lang,
          unavailableLang:
            typeof p.lang === 'string' && p.lang && !isLang(p.lang)
              ? p.lang.slice(0, 35)
              : undefined,
          theme: THEMES.includes(p.theme as Theme) ? (p.theme as Theme) : current.theme,
          site: cleanSite(p.site),
          lock: cleanLock(p.lock),
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

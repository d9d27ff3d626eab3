/*
 * Every place this app keeps anything on the device, in one list. "Clear this device" empties
 * exactly these, and "encrypt every case" covers every place marked `patientData` (the case
 * records go through record-codec.ts; the other places holding patient data are copies from
 * versions before IndexedDB, kept only until migrated or discarded). A test checks that the app
 * writes no localStorage key and no database outside this list.
 */

/** The IndexedDB database, and its version (bump it with an `upgrade` step in case-db.ts). */
export const DB_NAME = 'scho-workup';
export const DB_VERSION = 1;
/** One record per case (or per deleted case: a tombstone), keyed by the case id. */
export const CASES_STORE = 'cases';

/** Where versions before IndexedDB kept every case (one JSON envelope); migrated, then removed. */
export const LEGACY_CASES_KEY = 'scho-workup:cases';
/** Verbatim copies of saved data that could not be read, kept until the user discards them. */
export const LEGACY_BACKUP_PREFIX = `${LEGACY_CASES_KEY}:backup-`;
/** Changes not yet committed when a page went away (same envelope), merged in at the next start. */
export const UNSAVED_KEY = 'scho-workup:unsaved';
/** How many cases are saved (a number, nothing else): read before the first paint (index.html). */
export const CASE_COUNT_KEY = 'scho-workup:case-count';
/**
 * The device lock (device-lock.ts): the passcode's salt and iteration count, the data key
 * wrapped under the passcode-derived key, a key-check value, and the failed-attempt count. It
 * can decrypt nothing without the passcode.
 */
export const LOCK_KEY = 'scho-workup:lock';

/**
 * Not a place: the BroadcastChannel on which a tab says it has committed a write to a case's
 * record (case-sync.ts), heard by the other tabs of this site (a tab with nothing saved yet
 * listens too, cases.ts).
 */
export const CASES_CHANNEL = 'scho-workup:cases';
/** Language, theme and this site's investigations (no patient data). */
export const SETTINGS_KEY = 'scho-workup:settings';
/** The service worker's precache of the app's own files (Workbox names it with this prefix). */
const PRECACHE_PREFIX = 'workbox-precache';

interface StoragePlace {
  readonly kind: 'indexeddb' | 'localStorage' | 'cache';
  /** A database, a localStorage key, or (ending in `*`) a key or cache name prefix. */
  readonly name: string;
  readonly holds: string;
  readonly patientData: boolean;
}

export const STORAGE_PLACES: readonly StoragePlace[] = [
  {
    kind: 'indexeddb',
    name: `${DB_NAME}/${CASES_STORE}`,
    holds: 'every case: what was entered, edit stamps, the step it was left on',
    patientData: true,
  },
  {
    kind: 'localStorage',
    name: LEGACY_CASES_KEY,
    holds: 'cases saved by a version before IndexedDB, until migrated (or discarded if unreadable)',
    patientData: true,
  },
  {
    kind: 'localStorage',
    name: `${LEGACY_BACKUP_PREFIX}*`,
    holds: 'saved data that could not be read, kept until the user downloads or discards it',
    patientData: true,
  },
  {
    kind: 'localStorage',
    name: UNSAVED_KEY,
    holds: 'changes not yet committed when a page was closed, until the next start merges them',
    patientData: true,
  },
  {
    kind: 'localStorage',
    name: CASE_COUNT_KEY,
    holds: 'the number of saved cases',
    patientData: false,
  },
  {
    kind: 'localStorage',
    name: LOCK_KEY,
    holds: 'the device lock: salt, iteration count, the wrapped data key, a key-check value',
    patientData: false,
  },
  {
    kind: 'localStorage',
    name: SETTINGS_KEY,
    holds: 'language, theme, this site’s investigations and lab units',
    patientData: false,
  },
  {
    kind: 'cache',
    name: `${PRECACHE_PREFIX}*`,
    holds: 'the app’s own files, for offline use',
    patientData: false,
  },
];

/** Is this localStorage key one of the app's? */
export function isAppStorageKey(key: string): boolean {
  return STORAGE_PLACES.some(
    (p) =>
      p.kind === 'localStorage' &&
      (p.name.endsWith('*') ? key.startsWith(p.name.slice(0, -1)) : key === p.name),
  );
}

import {
  changePasscode,
  createLock,
  readLockRecord,
  removeLockRecord,
  saveLock,
  tryPasscode,
  unlock,
  type UnlockFailure,
} from './device-lock';
import { closeForClearing, rewriteCases, useCases, whenSaved } from './cases';
import { announceCleared, markLockOff, markUnlocked, useLock } from './lock';
import { encodeValue, setDataKey } from './record-codec';
import { DB_NAME, isAppStorageKey, LEGACY_BACKUP_PREFIX, STORAGE_PLACES } from './storage-places';

/*
 * What the lock screen and the settings do with the lock (loaded with them, never with the first
 * page): set a passcode (encrypting every case), unlock, change the passcode, turn the lock off
 * (decrypting), erase after a forgotten passcode, and clear this device.
 */

/** Why a lock cannot be set now. */
export type SetUpProblem = 'unreadable-kept' | 'not-saved' | 'failed';

function plainCopiesKept(): boolean {
  try {
    return Object.keys(localStorage).some((k) => k.startsWith(LEGACY_BACKUP_PREFIX));
  } catch {
    return false;
  }
}

/**
 * Set a lock: a data key wrapped under the passcode, stored before any case is encrypted (a
 * stop half-way leaves cases the next unlock finishes encrypting, never a key lost), then every
 * case encrypted in one committed transaction, the plain text replaced.
 */
export async function setUpLock(passcode: string): Promise<SetUpProblem | null> {
  // Data that could not be read is kept aside verbatim, in plain text: the user decides first.
  if (useCases.getState().quarantine.length || plainCopiesKept()) return 'unreadable-kept';
  if (!(await whenSaved())) return 'not-saved';
  const { record, key } = await createLock(passcode);
  saveLock(record);
  setDataKey(key);
  try {
    await rewriteCases(encodeValue);
  } catch (err) {
    console.warn('encrypting the cases failed', err);
    // The lock stays (some cases may be encrypted); the next unlock finishes the work.
    await markUnlocked();
    return 'failed';
  }
  await markUnlocked();
  return null;
}

/** Unlock this tab with a passcode. */
export async function unlockWith(passcode: string): Promise<UnlockFailure | null> {
  const result = await unlock(passcode);
  if (!('key' in result)) return result;
  setDataKey(result.key);
  await markUnlocked();
  return null;
}

export { changePasscode };

/**
 * Turn the lock off: the passcode asked again, every case decrypted, then the lock's record
 * removed. Returns false on a wrong passcode.
 */
export async function turnOffLock(passcode: string): Promise<boolean> {
  const record = readLockRecord();
  if (!record) return true;
  const key = await tryPasscode(record, passcode);
  if (!key) return false;
  await whenSaved();
  await rewriteCases(async (value) => ({ codec: 'json', data: JSON.stringify(value) }));
  removeLockRecord();
  setDataKey(undefined);
  await markLockOff();
  return true;
}

/**
 * A forgotten passcode: erase the encrypted cases and the lock (after the user confirmed it).
 * Settings stay. The data cannot be recovered: that is what the lock is for.
 */
export async function eraseAfterForgotten(): Promise<void> {
  const { clearSavedCases } = await import('./case-sync');
  await clearSavedCases();
  removeLockRecord();
  setDataKey(undefined);
  await markLockOff();
}

/**
 * Clear this device: every place of storage-places.ts (the database deleted, every key of the
 * app removed), the app's caches, and its service worker unregistered; the other tabs are told.
 * Nothing is written afterwards in this tab (it shows that the device was cleared).
 */
export async function clearDevice(): Promise<{ left: string[] }> {
  const left: string[] = [];
  useLock.setState({ status: 'off' });
  setDataKey(undefined);
  await closeForClearing();
  announceCleared();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => (left.push(`indexeddb:${DB_NAME}`), resolve());
    // Another tab holds it open: it is told (announceCleared) and closes it; the deletion
    // completes then.
    req.onblocked = () => undefined;
  });
  try {
    for (const k of Object.keys(localStorage)) if (isAppStorageKey(k)) localStorage.removeItem(k);
  } catch {
    left.push('localStorage');
  }
  if (typeof caches !== 'undefined') {
    const prefixes = STORAGE_PLACES.filter((p) => p.kind === 'cache').map((p) =>
      p.name.replace(/\*$/, ''),
    );
    for (const name of await caches.keys()) {
      if (prefixes.some((p) => name.startsWith(p))) {
        if (!(await caches.delete(name))) left.push(`cache:${name}`);
      }
    }
  }
  if (typeof navigator !== 'undefined' && navigator.serviceWorker) {
    for (const r of await navigator.serviceWorker.getRegistrations()) {
      if (r.scope.startsWith(new URL(import.meta.env.BASE_URL, location.href).href)) {
        await r.unregister();
      }
    }
  }
  return { left };
}

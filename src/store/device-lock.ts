import { open, seal, fromBase64, toBase64 } from './record-codec';
import { LOCK_KEY } from './storage-places';

/*
 * The device lock's keys (loaded only when a lock is set, unlocked or changed; never with the
 * first page). The design, for the threat model (docs/security/threat-model.md):
 *
 * - A **data key**: a random AES-GCM 256-bit key made once, when the lock is set. Every case
 *   record is encrypted with it (record-codec.ts). In memory it is non-extractable, and only the
 *   codec holds it, from unlock until lock.
 * - A **passcode key** derived from the passcode with PBKDF2-SHA-256, `ITERATIONS` iterations
 *   and a random 128-bit salt, non-extractable, used only to wrap and unwrap the data key
 *   (AES-GCM, its own random 96-bit IV) and then dropped.
 * - Stored (localStorage, LOCK_KEY): the salt, the iteration count, the wrapped data key, a
 *   key-check value (a fixed text encrypted under the data key) and the failed-attempt count.
 *   A wrong passcode fails the wrapped key's GCM tag: it is detected without decrypting a case.
 *   None of this can decrypt anything without the passcode.
 * - A passcode change unwraps the data key (extractable for that moment only) with the old
 *   passcode and wraps it under the new one: the cases are not encrypted again.
 */

/** OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023 onward). */
export const ITERATIONS = 600_000;
/** The shortest passcode accepted. */
export const MIN_PASSCODE = 6;
/** Failed attempts allowed before each further one waits (`backoffMs`). */
const FREE_ATTEMPTS = 3;
const CHECK_TEXT = 'scho-workup device lock';

export interface LockRecord {
  readonly v: 1;
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  /** The data key, wrapped: base64 of IV ‖ AES-GCM(passcode key, raw data key) ‖ tag. */
  readonly wrapped: string;
  /** A fixed text encrypted under the data key: a key that opens it is the right one. */
  readonly check: string;
  /** Failed attempts since the last unlock, and when the last one was (ms since 1970). */
  readonly failures: number;
  readonly lastFailure: number;
  readonly created: string;
}

/** Why an unlock failed. */
export type UnlockFailure =
  | { readonly kind: 'wrong'; readonly failures: number; readonly waitMs: number }
  | { readonly kind: 'wait'; readonly waitMs: number }
  | { readonly kind: 'no-lock' }
  | { readonly kind: 'damaged' };

/**
 * The wait before the next attempt after `failures` failed ones: none for the first three, then
 * 30 seconds, doubling with each further failure, to at most 15 minutes. Never an erasure.
 */
export function backoffMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_ATTEMPTS), 15 * 60_000);
}

export function readLockRecord(): LockRecord | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(LOCK_KEY);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  const r = JSON.parse(text) as LockRecord;
  if (
    r?.v !== 1 ||
    r.kdf?.name !== 'PBKDF2' ||
    !Number.isInteger(r.kdf.iterations) ||
    typeof r.kdf.salt !== 'string' ||
    typeof r.wrapped !== 'string' ||
    typeof r.check !== 'string'
  ) {
    throw new Error('the lock record is damaged');
  }
  return r;
}

const writeLockRecord = (r: LockRecord) => localStorage.setItem(LOCK_KEY, JSON.stringify(r));

/** The passcode key (wraps and unwraps the data key only; non-extractable). */
async function passcodeKey(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passcode.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(dataKey: CryptoKey, kek: CryptoKey): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const body = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv });
  const out = new Uint8Array(12 + body.byteLength);
  out.set(iv);
  out.set(new Uint8Array(body), 12);
  return toBase64(out);
}

/** The data key, or an exception when the passcode key is not the one that wrapped it. */
async function unwrap(wrapped: string, kek: CryptoKey, extractable: boolean): Promise<CryptoKey> {
  const bytes = fromBase64(wrapped);
  return crypto.subtle.unwrapKey(
    'raw',
    bytes.subarray(12),
    kek,
    { name: 'AES-GCM', iv: bytes.subarray(0, 12) },
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

/** A new lock: a fresh data key wrapped under the passcode. Returns the record and the key. */
export async function createLock(
  passcode: string,
  iterations: number = ITERATIONS,
): Promise<{ record: LockRecord; key: CryptoKey }> {
  if (passcode.length < MIN_PASSCODE) throw new Error('passcode too short');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await passcodeKey(passcode, salt, iterations);
  // Extractable only so that it can be wrapped, here, once; what is kept is a non-extractable copy.
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const wrapped = await wrap(fresh, kek);
  const key = await unwrap(wrapped, kek, false);
  const record: LockRecord = {
    v: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    wrapped,
    check: await seal(key, CHECK_TEXT),
    failures: 0,
    lastFailure: 0,
    created: new Date().toISOString(),
  };
  return { record, key };
}

/** Store a lock record (before any case is encrypted under its key: never a key lost). */
export const saveLock = writeLockRecord;

/** Try a passcode against a record: its data key, or null. No side effect. */
export async function tryPasscode(
  record: LockRecord,
  passcode: string,
  extractable = false,
): Promise<CryptoKey | null> {
  const kek = await passcodeKey(passcode, fromBase64(record.kdf.salt), record.kdf.iterations);
  let key: CryptoKey;
  try {
    key = await unwrap(record.wrapped, kek, extractable);
  } catch {
    return null;
  }
  // The key-check value: the unwrapped key is the one the cases were encrypted with.
  if ((await open(key, record.check).catch(() => '')) !== CHECK_TEXT) return null;
  return key;
}

/**
 * Unlock with a passcode: the data key, or why not. Failed attempts are counted in the record
 * (a reload does not reset the wait) and slow the next attempt down; nothing is ever erased.
 */
export async function unlock(
  passcode: string,
  now: number = Date.now(),
): Promise<{ key: CryptoKey } | UnlockFailure> {
  let record: LockRecord | undefined;
  try {
    record = readLockRecord();
  } catch {
    return { kind: 'damaged' };
  }
  if (!record) return { kind: 'no-lock' };
  const wait = record.lastFailure + backoffMs(record.failures) - now;
  if (wait > 0) return { kind: 'wait', waitMs: wait };
  const key = await tryPasscode(record, passcode);
  // Read again: another tab may have counted a failure meanwhile.
  const latest = readLockRecord() ?? record;
  if (!key) {
    const failures = latest.failures + 1;
    writeLockRecord({ ...latest, failures, lastFailure: now });
    return { kind: 'wrong', failures, waitMs: backoffMs(failures) };
  }
  if (latest.failures) writeLockRecord({ ...latest, failures: 0, lastFailure: 0 });
  return { key };
}

/** A new passcode for the same data key (the cases are not encrypted again). */
export async function changePasscode(current: string, next: string): Promise<boolean> {
  if (next.length < MIN_PASSCODE) throw new Error('passcode too short');
  const record = readLockRecord();
  if (!record) return false;
  const key = await tryPasscode(record, current, true);
  if (!key) return false;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await passcodeKey(next, salt, ITERATIONS);
  writeLockRecord({
    ...record,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64(salt) },
    wrapped: await wrap(key, kek),
    failures: 0,
    lastFailure: 0,
  });
  return true;
}

/** Remove the lock's record (after every case has been decrypted, or erased). */
export function removeLockRecord(): void {
  localStorage.removeItem(LOCK_KEY);
}

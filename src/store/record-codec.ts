import { LOCK_KEY } from './storage-places';

/*
 * The one seam where a case record's value is encoded before it is written to IndexedDB and
 * decoded after it is read (case-sync.ts calls nothing else). Two codecs:
 * - `json`: plain JSON, on a device without a lock;
 * - `aes-gcm`: on a device with a lock (device-lock.ts), the JSON encrypted with AES-GCM under
 *   the device's data key (256 bits, non-extractable, held only in this module's memory while
 *   the app is unlocked) with a fresh random 96-bit IV for every write; stored as base64 of
 *   IV ‖ ciphertext ‖ 128-bit tag. A changed byte, or another key, fails the tag: the value is
 *   never returned half-decrypted.
 * The record's versions stay outside the value, readable without the key, so a tab can still
 * tell that a record comes from a newer version. Both are asynchronous because WebCrypto is.
 *
 * A device with a lock never gets a plaintext write: while the key is not here (locked, or in a
 * tab that has not been unlocked) `encodeValue` refuses, and it checks the lock's record in
 * localStorage on every write, so a tab that has not yet heard that another tab set a lock
 * cannot write plaintext after it was set.
 */

/** What a record stores: which codec wrote it, and the encoded text. */
export interface EncodedValue {
  readonly codec: string;
  readonly data: string;
}

const PLAIN = 'json';
export const SEALED = 'aes-gcm';
const IV_BYTES = 12;

/** The data key while this tab is unlocked; nothing else keeps a reference to it. */
let dataKey: CryptoKey | undefined;

/** Hand the codec the data key (unlocked), or take it away (locked, lock removed). */
export function setDataKey(key: CryptoKey | undefined): void {
  dataKey = key;
}

/** Is a data key here (this tab unlocked on a device with a lock)? */
export const hasDataKey = (): boolean => dataKey !== undefined;

/** Is a lock set on this device (its record in localStorage)? */
export function deviceHasLock(): boolean {
  try {
    return localStorage.getItem(LOCK_KEY) !== null;
  } catch {
    return false;
  }
}

/** The error a write meets on a locked device: nothing is written. */
export class LockedError extends Error {
  constructor() {
    super('the device is locked: nothing is written until it is unlocked');
    this.name = 'LockedError';
  }
}

/** The codecs this build can read: a record in another one is from a newer version. */
export const knownCodec = (codec: unknown): boolean => codec === PLAIN || codec === SEALED;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) out[i] = s.charCodeAt(i);
  return out;
}

/** Encrypt text under a key: base64 of IV ‖ ciphertext ‖ tag, with a fresh random IV. */
export async function seal(key: CryptoKey, text: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const body = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(text),
  );
  const out = new Uint8Array(IV_BYTES + body.byteLength);
  out.set(iv);
  out.set(new Uint8Array(body), IV_BYTES);
  return toBase64(out);
}

/** The text `seal` encrypted, or an exception (wrong key, changed bytes). */
export async function open(key: CryptoKey, data: string): Promise<string> {
  const bytes = fromBase64(data);
  if (bytes.length < IV_BYTES + 16) throw new Error('the encrypted value is too short');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES) },
      key,
      bytes.subarray(IV_BYTES),
    );
  } catch {
    throw new Error(
      'the encrypted value does not open with this device’s key (changed or foreign)',
    );
  }
  return new TextDecoder().decode(plain);
}

export async function encodeValue(value: unknown): Promise<EncodedValue> {
  const text = JSON.stringify(value);
  if (dataKey) return { codec: SEALED, data: await seal(dataKey, text) };
  if (deviceHasLock()) throw new LockedError();
  return { codec: PLAIN, data: text };
}

/** The value, or an exception (unknown codec, damaged text, locked) that makes it unreadable. */
export async function decodeValue(encoded: EncodedValue): Promise<unknown> {
  if (encoded.codec === SEALED) {
    if (!dataKey) throw new LockedError();
    return JSON.parse(await open(dataKey, encoded.data)) as unknown;
  }
  if (encoded.codec !== PLAIN) throw new Error(`unknown codec "${String(encoded.codec)}"`);
  return JSON.parse(encoded.data) as unknown;
}

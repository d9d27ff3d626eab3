import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  changePasscode,
  createLock,
  ITERATIONS,
  readLockRecord,
  saveLock,
  tryPasscode,
  unlock,
} from './device-lock';
import {
  decodeValue,
  encodeValue,
  fromBase64,
  LockedError,
  open,
  seal,
  setDataKey,
} from './record-codec';
import { LOCK_KEY } from './storage-places';

/*
 * The crypto seam of the device lock: AES-GCM records under a data key, the data key wrapped
 * under a PBKDF2-derived passcode key, the key-check value, the stored parameters and the
 * back-off. WebCrypto is Node's own (globalThis.crypto.subtle), as in the browser.
 */

// A low iteration count keeps these tests fast; the stored-parameters test uses the real one.
const FAST = 1000;

describe('device lock: the records’ encryption (record-codec.ts)', () => {
  it('round-trips a case value, and the stored text holds none of it', async () => {
    const { key } = await createLock('correct horse', FAST);
    setDataKey(key);
    try {
      const value = { case: { label: 'Bed 12, left leg', notes: 'stony plaques' } };
      const encoded = await encodeValue(value);
      expect(encoded.codec).toBe('aes-gcm');
      expect(encoded.data).not.toContain('Bed 12');
      expect(atob(encoded.data)).not.toContain('Bed 12');
      expect(await decodeValue(encoded)).toEqual(value);
    } finally {
      setDataKey(undefined);
    }
  });

  it('a wrong key does not open a value, and a changed byte fails the tag (nothing half-decrypted)', async () => {
    const a = (await createLock('first passcode', FAST)).key;
    const b = (await createLock('second passcode', FAST)).key;
    const data = await seal(a, 'Bed 12 notes');
    await expect(open(b, data)).rejects.toThrow(/does not open/);
    const bytes = fromBase64(data);
    for (const at of [0, 12, bytes.length - 1]) {
      const tampered = bytes.slice();
      tampered[at]! ^= 1;
      let s = '';
      for (const x of tampered) s += String.fromCharCode(x);
      await expect(open(a, btoa(s))).rejects.toThrow();
    }
    expect(await open(a, data)).toBe('Bed 12 notes');
  });

  it('a fresh 96-bit IV for every write: 2,000 writes of the same value, 2,000 IVs and ciphertexts', async () => {
    const { key } = await createLock('correct horse', FAST);
    const ivs = new Set<string>();
    const texts = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const data = await seal(key, 'the same value');
      ivs.add(data.slice(0, 16)); // the first 12 bytes are exactly 16 base64 characters
      texts.add(data);
    }
    expect(ivs.size).toBe(2000);
    expect(texts.size).toBe(2000);
  });

  it('HAZ-72 a locked tab writes nothing in plain text: without the key a write is refused on a device with a lock', async () => {
    setDataKey(undefined);
    localStorage.setItem(LOCK_KEY, '{}');
    await expect(encodeValue({ case: { label: 'Bed 12' } })).rejects.toBeInstanceOf(LockedError);
    await expect(decodeValue({ codec: 'aes-gcm', data: 'AAAA' })).rejects.toBeInstanceOf(
      LockedError,
    );
    localStorage.removeItem(LOCK_KEY);
    expect((await encodeValue({ a: 1 })).codec).toBe('json');
  });
});

describe('device lock: the passcode and the data key (device-lock.ts)', () => {
  it('stores the salt, the KDF and its iteration count (600,000), the wrapped key and a key check; nothing that decrypts', async () => {
    const { record, key } = await createLock('correct horse');
    expect(record.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS });
    expect(ITERATIONS).toBe(600_000);
    expect(fromBase64(record.kdf.salt)).toHaveLength(16);
    // 12-byte IV, 32-byte key, 16-byte tag.
    expect(fromBase64(record.wrapped)).toHaveLength(60);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    const text = JSON.stringify(record);
    expect(text).not.toContain('correct horse');
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('HAZ-69 a wrong passcode is detected by the wrapped key’s tag and the key check, and gives no key', async () => {
    const { record } = await createLock('correct horse', FAST);
    expect(await tryPasscode(record, 'correct hors')).toBeNull();
    expect(await tryPasscode(record, 'Correct horse')).toBeNull();
    const right = await tryPasscode(record, 'correct horse');
    expect(right).not.toBeNull();
    expect(await open(right!, record.check)).toBe('scho-workup device lock');
  });

  it('a passcode change re-wraps the same data key: what was encrypted before still opens', async () => {
    const { record, key } = await createLock('old passcode', FAST);
    saveLock(record);
    const data = await seal(key, 'Bed 12');
    expect(await changePasscode('wrong one', 'new passcode')).toBe(false);
    expect(await changePasscode('old passcode', 'new passcode')).toBe(true);
    const after = readLockRecord()!;
    expect(after.kdf.salt).not.toBe(record.kdf.salt);
    expect(after.kdf.iterations).toBe(ITERATIONS);
    expect(await tryPasscode(after, 'old passcode')).toBeNull();
    const k2 = await tryPasscode(after, 'new passcode');
    expect(await open(k2!, data)).toBe('Bed 12');
  });

  it('HAZ-70 failed attempts slow down (3 free, then 30 s doubling to 15 min), survive a reload, and never erase', async () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(backoffMs)).toEqual([
      0, 0, 0, 30_000, 60_000, 120_000, 900_000,
    ]);
    const { record } = await createLock('correct horse', FAST);
    saveLock(record);
    const t0 = 1_800_000_000_000;
    for (let i = 1; i <= 3; i += 1) {
      expect(await unlock('guess', t0)).toMatchObject({ kind: 'wrong', failures: i });
    }
    // The fourth attempt, even with the right passcode, waits; the count is in the stored record.
    expect(await unlock('correct horse', t0 + 1000)).toMatchObject({ kind: 'wait' });
    expect(readLockRecord()!.failures).toBe(3);
    expect(readLockRecord()!.wrapped).toBe(record.wrapped);
    const ok = await unlock('correct horse', t0 + 30_001);
    expect(ok).toHaveProperty('key');
    expect(readLockRecord()!.failures).toBe(0);
  });
});

/*
 * The one seam where a case record's value is encoded before it is written to IndexedDB and
 * decoded after it is read (case-sync.ts calls nothing else). Plain JSON today. Encryption at
 * rest (a device lock with WebCrypto AES-GCM) replaces these two functions and adds its codec
 * name; the record's versions stay outside the value, readable without the key, so a tab can
 * still tell that a record comes from a newer version. Both are asynchronous because WebCrypto is.
 */

/** What a record stores: which codec wrote it, and the encoded text. */
export interface EncodedValue {
  readonly codec: string;
  readonly data: string;
}

const PLAIN = 'json';

/** The codecs this build can read: a record in another one is from a newer version. */
export const knownCodec = (codec: unknown): boolean => codec === PLAIN;

export function encodeValue(value: unknown): Promise<EncodedValue> {
  return Promise.resolve({ codec: PLAIN, data: JSON.stringify(value) });
}

/** The value, or an exception (unknown codec, damaged text) that makes the record unreadable. */
export function decodeValue(encoded: EncodedValue): Promise<unknown> {
  return new Promise((resolve) => {
    if (encoded.codec !== PLAIN) throw new Error(`unknown codec "${String(encoded.codec)}"`);
    resolve(JSON.parse(encoded.data) as unknown);
  });
}

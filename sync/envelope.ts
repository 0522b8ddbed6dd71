/**
 * The sync envelope (issue 22): every record leaves the machine sealed with AES-GCM under a key
 * derived from the person's sync passphrase (PBKDF2-SHA-256, 600,000 iterations, a random salt
 * kept in the synced database). WebCrypto only — no cryptography written here. The record's id
 * is bound to its ciphertext as additional data, so a server cannot swap two records' contents;
 * a wrong passphrase is told by the key check (GCM's tag fails), never by garbage.
 */

export const PBKDF2_ITERATIONS = 600_000;
const KEY_CHECK_TEXT = 'maille-sync-key-check';
const KEY_CHECK_ID = 'maille:key';

/** A sealed value: base64 of a random 96-bit IV and of the AES-GCM ciphertext with its tag. */
export interface Sealed {
  iv: string;
  data: string;
}

/** What the synced database keeps in the clear about its key: enough to derive it again and check it. */
export interface KeyCheck {
  format: 'maille-sync-key';
  version: 1;
  salt: string;
  iterations: number;
  check: Sealed;
}

/** Base64 of bytes, by slices: a spread of a whole 100 KB record would pass the engine's argument limit. */
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const utf8 = new TextEncoder();

/** The AES-GCM key of a passphrase and salt: not extractable, for sealing and opening only. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Seals `value` (as JSON) for the record `id`. */
export async function seal(key: CryptoKey, id: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(id) }, key, utf8.encode(JSON.stringify(value)));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Opens what `seal` sealed for `id`; throws when the key, the id or a byte differs. */
export async function open(key: CryptoKey, id: string, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: utf8.encode(id) }, key, fromBase64(sealed.data));
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

/** A new key for a database that has none yet, with the check the other computers open it by. */
export async function newKey(passphrase: string): Promise<{ key: CryptoKey; check: KeyCheck }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt);
  return { key, check: await keyCheckFor(key, toBase64(salt), PBKDF2_ITERATIONS) };
}

/** The check of a key derived with `salt` and `iterations`: what a database lost or replaced gets again. */
export async function keyCheckFor(key: CryptoKey, salt: string, iterations: number): Promise<KeyCheck> {
  return { format: 'maille-sync-key', version: 1, salt, iterations, check: await seal(key, KEY_CHECK_ID, KEY_CHECK_TEXT) };
}

/** The iterations a check's key is derived with: never fewer than Maille's own, whatever the database says. */
export const keyIterations = (check: Pick<KeyCheck, 'iterations'>) => Math.max(check.iterations, PBKDF2_ITERATIONS);

/** The key of a database's check, or null when the passphrase does not open it. */
export async function openKey(passphrase: string, check: KeyCheck): Promise<CryptoKey | null> {
  const key = await deriveKey(passphrase, fromBase64(check.salt), keyIterations(check));
  try {
    return (await open(key, KEY_CHECK_ID, check.check)) === KEY_CHECK_TEXT ? key : null;
  } catch {
    return null;
  }
}

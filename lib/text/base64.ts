/**
 * Base64 for files of several megabytes (the signed scan crosses contexts as base64, because
 * messages must be JSON). Linear in time and stack: the encoder works in chunks and the decoder's
 * check has no nested repetition (a pattern with a nested repetition overflows the stack on a 4 MB string).
 */

const CHUNK = 0x8000;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK)
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return btoa(parts.join(''));
}

const ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

/** Null for anything that is not standard, padded base64. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !ALPHABET.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

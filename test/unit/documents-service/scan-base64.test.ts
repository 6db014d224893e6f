import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../lib/text/base64';

describe('the scan’s base64 between the page, the background and the ePUAP page', () => {
  it('round-trips a 5 MB scan byte for byte', () => {
    const scan = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 131 + (i >> 8)) & 0xff);
    const text = encodeBase64(scan);
    expect(text.length).toBe(Math.ceil(scan.length / 3) * 4);
    const back = decodeBase64(text);
    // Compared as one buffer: element-by-element toEqual on 5 MB takes half a minute.
    expect(back && Buffer.from(back).equals(Buffer.from(scan))).toBe(true);
    expect(back?.length).toBe(scan.length);
  });

  it('agrees with the standard encoding on short inputs, padding included', () => {
    for (const [bytes, text] of [
      [[], ''],
      [[0x25], 'JQ=='],
      [[0x25, 0x50], 'JVA='],
      [[0x25, 0x50, 0x44, 0x46], 'JVBERg=='],
    ] as const) {
      expect(encodeBase64(new Uint8Array(bytes))).toBe(text);
      expect([...(decodeBase64(text) ?? [])]).toEqual(bytes);
    }
  });

  it('refuses text that is not base64 instead of storing garbage', () => {
    for (const damaged of ['JVBERg=', 'JVBE Rg==', 'JVBERg==!!', 'JV=ERg==', 'ąćę='])
      expect(decodeBase64(damaged)).toBeNull();
  });
});

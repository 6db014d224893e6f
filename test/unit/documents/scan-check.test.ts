import { describe, expect, it } from 'vitest';
import {
  checkScanFile,
  formatFileSize,
  SCAN_HEAD_BYTES,
  sniffFileKind,
} from '../../../lib/documents/scan-check';

const MB = 1024 * 1024;
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const failure = (result: ReturnType<typeof checkScanFile>) => (result.ok ? '' : result.message);

describe('checkScanFile', () => {
  it('accepts a good PDF', () => {
    expect(
      checkScanFile({
        name: 'wniosek-podpisany.pdf',
        type: 'application/pdf',
        size: 800 * 1024,
        firstBytes: PDF,
      }),
    ).toEqual({
      ok: true,
      kind: 'pdf',
    });
  });

  it('accepts a good JPG, reminding that the application has two pages', () => {
    const result = checkScanFile({
      name: 'SKAN_001.JPG',
      type: 'image/jpeg',
      size: 1.2 * MB,
      firstBytes: JPG,
    });
    expect(result).toMatchObject({ ok: true, kind: 'jpg' });
    expect(result.ok && result.warning).toMatch(/dwie strony/);
  });

  it('decides by the bytes when the browser reports no type', () => {
    expect(checkScanFile({ name: 'skan.jpeg', type: '', size: 1000, firstBytes: JPG })).toMatchObject({
      ok: true,
    });
  });

  it('rejects a program renamed to .pdf, whatever the MIME type says', () => {
    const message = failure(
      checkScanFile({ name: 'wniosek.pdf', type: 'application/pdf', size: 90_000, firstBytes: EXE }),
    );
    expect(message).toContain('„wniosek.pdf” ma rozszerzenie .pdf, ale w środku nie jest dokumentem PDF');
    expect(message).toContain('program Windows');
    expect(message).toContain('format PDF');
  });

  it('explains a JPG saved under .pdf and a PNG saved under .jpg', () => {
    expect(
      failure(checkScanFile({ name: 'a.pdf', type: 'application/pdf', size: 10, firstBytes: JPG })),
    ).toMatch(/w środku jest obrazem JPG\. Zmień rozszerzenie/);
    expect(failure(checkScanFile({ name: 'a.jpg', type: 'image/jpeg', size: 10, firstBytes: PNG }))).toMatch(
      /obraz PNG/,
    );
  });

  it('rejects other formats by name', () => {
    expect(failure(checkScanFile({ name: 'wniosek.docx', type: '', size: 10, firstBytes: PDF }))).toMatch(
      /nie jest plikiem PDF ani JPG/,
    );
    expect(failure(checkScanFile({ name: 'wniosek', type: '', size: 10, firstBytes: PDF }))).toMatch(
      /PDF ani JPG/,
    );
  });

  it('rejects a file whose MIME type contradicts its content', () => {
    expect(failure(checkScanFile({ name: 'a.pdf', type: 'text/html', size: 10, firstBytes: PDF }))).toMatch(
      /„text\/html”/,
    );
  });

  it('rejects a file over 5 MB with the size and how to make it smaller', () => {
    expect(
      failure(checkScanFile({ name: 'skan.pdf', type: 'application/pdf', size: 7.2 * MB, firstBytes: PDF })),
    ).toBe(
      'Plik ma 7,2 MB; urzędy przyjmują załączniki do 3–5 MB łącznie. Zeskanuj wniosek w mniejszej rozdzielczości (150–200 dpi) lub w skali szarości.',
    );
  });

  it('warns above 3 MB but lets it through', () => {
    const result = checkScanFile({
      name: 'skan.pdf',
      type: 'application/pdf',
      size: 3.5 * MB,
      firstBytes: PDF,
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warning).toMatch(/^Plik ma 3,5 MB\..*tylko 3 MB łącznie/);
    expect(
      checkScanFile({ name: 'skan.pdf', type: 'application/pdf', size: 5 * MB, firstBytes: PDF }).ok,
    ).toBe(true);
  });

  it('rejects an empty file', () => {
    expect(
      failure(
        checkScanFile({ name: 'skan.pdf', type: 'application/pdf', size: 0, firstBytes: new Uint8Array() }),
      ),
    ).toMatch(/^Plik „skan\.pdf” jest pusty/);
  });
});

describe('helpers', () => {
  it('sniffs content and formats sizes in Polish', () => {
    expect(sniffFileKind(PDF)).toBe('pdf');
    expect(sniffFileKind(JPG)).toBe('jpg');
    expect(sniffFileKind(EXE)).toBe('exe');
    expect(sniffFileKind(new Uint8Array([1, 2, 3]))).toBe('unknown');
    expect(formatFileSize(7.2 * MB)).toBe('7,2 MB');
    expect(formatFileSize(850 * 1024)).toBe('850 KB');
    expect(SCAN_HEAD_BYTES).toBeGreaterThanOrEqual(4);
  });
});

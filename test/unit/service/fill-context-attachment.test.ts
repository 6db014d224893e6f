import { describe, expect, it } from 'vitest';
import { emptyProfileInput } from '../../../lib/profile/schema';
import { BRUDZEW_COMPLETE as BRUDZEW } from '../../fixtures/sample-profiles';
import { freshService } from './test-db';

const URL = 'https://epuap.gov.pl/wps/myportal/strefa-klienta/katalog-spraw/pismo-ogolne';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00, 0x80]);

describe('the ePUAP fill context', () => {
  it('attaches the active municipality’s stored scan, byte for byte, and nothing when none is stored', async () => {
    const { handlers, db } = await freshService();
    const saved = await handlers['profile.save']({ id: null, input: { ...emptyProfileInput(), ...BRUDZEW } });
    if (!saved.ok) throw new Error(saved.message);
    expect((await handlers['epuap.fillContext']({ url: URL })).attachment).toBeNull();
    await db.put('scans', {
      profileId: saved.profile.id,
      name: 'wniosek-podpisany.pdf',
      type: 'application/pdf',
      size: PDF.length,
      bytes: PDF.buffer.slice(0),
      storedAt: '2026-11-24T12:00:00.000Z',
    });
    const { attachment } = JSON.parse(JSON.stringify(await handlers['epuap.fillContext']({ url: URL })));
    expect(attachment).toMatchObject({ name: 'wniosek-podpisany.pdf', type: 'application/pdf' });
    expect(Uint8Array.from(atob(attachment.base64), (c) => c.charCodeAt(0))).toEqual(PDF);
    expect(attachment).toEqual(await handlers['documents.getScan']({ profileId: saved.profile.id }));
  });
});

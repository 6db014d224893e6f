import { describe, expect, it } from 'vitest';
import { diffSnapshot, snapshotForApplication } from '../../../lib/documents/snapshot';
import { profileToInput } from '../../../lib/profile/schema';
import { encodeBase64 as bytesToBase64 } from '../../../lib/text/base64';
import { brzeznica, lezyce } from '../../fixtures/documents/profiles';
import { freshService, serviceWithProfile } from '../service/test-db';

const MB = 1024 * 1024;
const at = new Date('2026-11-24T12:00:00.000Z');

/** A municipality saved through the service, as the popup saves it. */
const withProfile = (fields = brzeznica) => serviceWithProfile(profileToInput(fields));

/** A municipality whose signed scan `dobry.pdf` (a real PDF) is already kept. */
async function withGoodScan() {
  const service = await withProfile();
  await service.handlers['documents.storeScan']({
    profileId: service.profile.id,
    name: 'dobry.pdf',
    type: 'application/pdf',
    base64: bytesToBase64(pdfBytes()),
  });
  return service;
}

/** A small but real PDF file's bytes: the header, some body and the end marker. */
function pdfBytes(size = 2048): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'), 0);
  bytes.set(new TextEncoder().encode('%%EOF\n'), size - 6);
  return bytes;
}

describe('application snapshots', () => {
  it('stores what the application printed, records the process event and tells open pages', async () => {
    const { handlers, profile, notified } = await withProfile();
    const snapshot = snapshotForApplication(profile, { place: 'Kraków', date: '1.12.2026', now: at });
    expect(await handlers['documents.saveSnapshots']({ snapshots: [snapshot] })).toEqual({
      ok: true,
      saved: 1,
    });

    const context = await handlers['documents.context']({});
    expect(context.profileId).toBe(profile.id);
    expect(context.snapshots[profile.id]).toEqual(snapshot);
    expect(context.snapshots[profile.id]?.place).toBe('Kraków');
    expect(context.snapshots[profile.id]?.date).toBe('01.12.2026');
    expect(notified).toContainEqual(['snapshots', 'progress']);
  });

  it('keeps the printed data after the profile changes, so the page can show what differs', async () => {
    const { handlers, profile } = await withProfile();
    const snapshot = snapshotForApplication(profile, { now: at });
    await handlers['documents.saveSnapshots']({ snapshots: [snapshot] });
    await handlers['profile.save']({
      id: profile.id,
      input: profileToInput({ ...profile, email: 'urzad@brzeznica.pl', signatoryName: 'Anna Źdźbło' }),
    });

    const context = await handlers['documents.context']({});
    const current = context.profiles.find((p) => p.id === profile.id);
    const stored = context.snapshots[profile.id];
    if (!current || !stored) throw new Error('profile or snapshot missing');
    expect(stored.fields.email).toBe('sekretariat@brzeznica.pl');
    expect(diffSnapshot(stored, current)).toEqual([
      expect.objectContaining({
        field: 'email',
        printed: 'sekretariat@brzeznica.pl',
        current: 'urzad@brzeznica.pl',
      }),
      expect.objectContaining({ field: 'signatoryName', current: 'Anna Źdźbło' }),
    ]);
  });

  it('replaces the snapshot when the clerk generates a new application', async () => {
    const { handlers, profile } = await withProfile();
    await handlers['documents.saveSnapshots']({ snapshots: [snapshotForApplication(profile, { now: at })] });
    const newer = snapshotForApplication({ ...profile, phone: '' }, { date: '2.12.2026', now: at });
    await handlers['documents.saveSnapshots']({ snapshots: [newer] });
    const context = await handlers['documents.context']({});
    expect(context.snapshots[profile.id]).toEqual(newer);
  });

  it('refuses a damaged snapshot or one of a deleted municipality, and stores none of the batch', async () => {
    const { handlers, profile } = await withProfile();
    const good = snapshotForApplication(profile, { now: at });
    const damaged = { ...good, date: '2026-12-01' };
    expect(await handlers['documents.saveSnapshots']({ snapshots: [good, damaged] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Wygeneruj wniosek ponownie'),
    });
    const orphan = { ...good, profileId: 'gone' };
    expect(await handlers['documents.saveSnapshots']({ snapshots: [good, orphan] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Nie ma takiej gminy'),
    });
    expect((await handlers['documents.context']({})).snapshots).toEqual({});
  });
});

describe('the signed scan', () => {
  it('keeps an accepted PDF and gives back the same bytes as base64 for the ePUAP form', async () => {
    const { handlers, profile } = await withProfile();
    const bytes = pdfBytes(4096);
    const stored = await handlers['documents.storeScan']({
      profileId: profile.id,
      name: 'wniosek-podpisany.pdf',
      type: 'application/pdf',
      base64: bytesToBase64(bytes),
    });
    expect(stored).toEqual({
      ok: true,
      scan: {
        name: 'wniosek-podpisany.pdf',
        type: 'application/pdf',
        size: 4096,
        storedAt: at.toISOString(),
      },
    });

    const forFill = await handlers['documents.getScan']({ profileId: profile.id });
    expect(forFill).toMatchObject({ name: 'wniosek-podpisany.pdf', type: 'application/pdf' });
    // The answer crosses contexts as JSON: it must survive a JSON round trip byte for byte.
    const sent = JSON.parse(JSON.stringify(forFill)) as { base64: string };
    expect(Uint8Array.from(atob(sent.base64), (c) => c.charCodeAt(0))).toEqual(bytes);
    expect((await handlers['documents.context']({})).scan?.name).toBe('wniosek-podpisany.pdf');
  });

  it('rejects a file that is not really a PDF with a Polish message and keeps the previous scan', async () => {
    const { handlers, profile } = await withGoodScan();
    const exe = new Uint8Array(1024);
    exe.set([0x4d, 0x5a, 0x90, 0x00]);
    const rejected = await handlers['documents.storeScan']({
      profileId: profile.id,
      name: 'wniosek.pdf',
      type: 'application/pdf',
      base64: bytesToBase64(exe),
    });
    expect(rejected).toEqual({ ok: false, message: expect.stringContaining('nie jest dokumentem PDF') });
    expect((await handlers['documents.context']({})).scan?.name).toBe('dobry.pdf');
    expect((await handlers['documents.getScan']({ profileId: profile.id }))?.name).toBe('dobry.pdf');
  });

  it('rejects a file over 5 MB without decoding it and keeps the previous scan', async () => {
    const { handlers, profile } = await withGoodScan();
    const rejected = await handlers['documents.storeScan']({
      profileId: profile.id,
      name: 'ogromny.pdf',
      type: 'application/pdf',
      base64: bytesToBase64(pdfBytes(5 * MB + 10)),
    });
    expect(rejected).toEqual({
      ok: false,
      message: expect.stringContaining('urzędy przyjmują załączniki do 3–5 MB'),
    });
    expect((await handlers['documents.context']({})).scan).toMatchObject({ name: 'dobry.pdf', size: 2048 });
  });

  it('accepts a 4 MB scan with a warning about offices that take only 3 MB', async () => {
    const { handlers, profile } = await withProfile();
    const result = await handlers['documents.storeScan']({
      profileId: profile.id,
      name: 'skan.pdf',
      type: '',
      base64: bytesToBase64(pdfBytes(4 * MB)),
    });
    expect(result).toMatchObject({ ok: true, warning: expect.stringContaining('tylko 3 MB') });
  });

  it('refuses damaged base64 and a scan for a municipality that does not exist', async () => {
    const { handlers, profile } = await withProfile();
    const damaged = await handlers['documents.storeScan']({
      profileId: profile.id,
      name: 'skan.pdf',
      type: 'application/pdf',
      base64: `${bytesToBase64(pdfBytes())}!!`,
    });
    expect(damaged).toEqual({ ok: false, message: expect.stringContaining('uszkodzony') });
    const orphan = await handlers['documents.storeScan']({
      profileId: 'gone',
      name: 'skan.pdf',
      type: 'application/pdf',
      base64: bytesToBase64(pdfBytes()),
    });
    expect(orphan).toMatchObject({ ok: false, message: expect.stringContaining('Nie ma takiej gminy') });
    expect(await handlers['documents.getScan']({ profileId: profile.id })).toBeNull();
  });

  it('marks the application step done when the scan is stored', async () => {
    const { handlers, profile, db } = await withProfile();
    await handlers['documents.storeScan']({
      profileId: profile.id,
      name: 'skan.jpg',
      type: 'image/jpeg',
      base64: bytesToBase64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])),
    });
    const progress = await db.get('progress', profile.id);
    expect(JSON.stringify(progress?.state)).toContain(at.toISOString());
  });

  it('deletes the scan of one municipality only', async () => {
    const { handlers, profile } = await withProfile();
    const other = await handlers['profile.save']({ id: null, input: profileToInput(lezyce) });
    if (!other.ok) throw new Error(other.message);
    for (const id of [profile.id, other.profile.id])
      await handlers['documents.storeScan']({
        profileId: id,
        name: 'skan.pdf',
        type: 'application/pdf',
        base64: bytesToBase64(pdfBytes()),
      });
    await handlers['documents.deleteScan']({ profileId: profile.id });
    expect(await handlers['documents.getScan']({ profileId: profile.id })).toBeNull();
    expect(await handlers['documents.getScan']({ profileId: other.profile.id })).not.toBeNull();
  });
});

describe('the coordinator’s address', () => {
  it('starts from the address the instructions name and keeps a valid one the clerk types', async () => {
    const { handlers, notified } = await freshService();
    expect((await handlers['documents.context']({})).coordinatorEmail).toBe('koordynator@e-instytucja.pl');
    expect(await handlers['documents.setCoordinatorEmail']({ email: ' Jan.Nowak@Wokiss.pl ' })).toEqual({
      ok: true,
      coordinatorEmail: 'jan.nowak@wokiss.pl',
    });
    expect((await handlers['documents.context']({})).coordinatorEmail).toBe('jan.nowak@wokiss.pl');
    expect(notified).toContainEqual(['meta']);
  });

  it('refuses an address that is not an e-mail with a Polish message and keeps the old one', async () => {
    const { handlers, db } = await freshService();
    await handlers['documents.setCoordinatorEmail']({ email: 'koordynator@gmina.pl' });
    for (const email of ['', 'koordynator(at)gmina.pl', 'koordynator@'])
      expect(await handlers['documents.setCoordinatorEmail']({ email })).toEqual({
        ok: false,
        message: expect.stringContaining('Podaj adres e-mail koordynatora'),
      });
    expect((await handlers['documents.context']({})).coordinatorEmail).toBe('koordynator@gmina.pl');
    // The other settings are left as they were.
    expect((await db.get('meta', 'settings'))?.value).toMatchObject({ waitingThresholdDays: 14 });
  });
});

describe('the documents context', () => {
  it('works on the municipality asked for, else the active one, and says when there is none', async () => {
    const empty = await freshService();
    expect(await empty.handlers['documents.context']({})).toMatchObject({ profileId: null, scan: null });

    const { handlers, profile } = await withProfile();
    const other = await handlers['profile.save']({ id: null, input: profileToInput(lezyce) });
    if (!other.ok) throw new Error(other.message);
    expect((await handlers['documents.context']({})).profileId).toBe(profile.id);
    expect((await handlers['documents.context']({ profileId: other.profile.id })).profileId).toBe(
      other.profile.id,
    );
    expect((await handlers['documents.context']({ profileId: 'gone' })).profileId).toBe(profile.id);
  });
});

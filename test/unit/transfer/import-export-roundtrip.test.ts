import { describe, expect, it } from 'vitest';
import { initialProcessState } from '../../../lib/process';
import { emptyProfileInput } from '../../../lib/profile/schema';
import { parseImportFile } from '../../../lib/transfer/import-file';
import { freshService, saveProfiles } from '../service/test-db';

async function serviceWithTwo() {
  const service = await freshService();
  await saveProfiles(
    service.handlers,
    { municipality: 'Gmina Brudzew', regon: '311019349' },
    { municipality: 'Gmina Łężyce', teryt: '2206022' },
  );
  return service;
}

/** A signed scan kept on this machine for the municipality: never in an export file. */
const scanOf = (profileId: string) => ({
  profileId,
  name: 'wniosek.pdf',
  type: 'application/pdf',
  size: 4,
  bytes: new ArrayBuffer(4),
  storedAt: '2026-11-24T12:00:00.000Z',
});

describe('export and import', () => {
  it('carries progress, application snapshots and learned fields, but never scans or passwords', async () => {
    const source = await serviceWithTwo();
    const { db } = source;
    await db.put('progress', { profileId: 'id-1', state: initialProcessState() });
    await db.put('mappings', {
      id: 'epuap.gov.pl/wps/*#title',
      site: 'epuap.gov.pl',
      pathPattern: '/wps/*',
      fieldKey: 'title',
      locator: { framePath: [], tag: 'input', id: 'f_7c1d_a9' },
      learnedAt: '2026-11-24T12:00:00.000Z',
    });
    await db.put('scans', scanOf('id-1'));
    const file = await source.handlers['transfer.export'](undefined);
    expect(file.version).toBe(3);
    expect(JSON.stringify(file)).not.toContain('wniosek.pdf');

    const target = await freshService();
    await target.handlers['transfer.apply']({ text: JSON.stringify(file), replaceIds: [] });
    expect(await target.db.get('progress', 'id-1')).toEqual({
      profileId: 'id-1',
      state: initialProcessState(),
    });
    expect(await target.db.getAll('mappings')).toEqual(await db.getAll('mappings'));
    expect(await target.db.getAll('scans')).toEqual([]);
  });

  it("imports a version 2 file with the Pismo ogólne fields under their old Polish keys as today's keys", async () => {
    const learned = (id: string, fieldKey: string) => ({
      id,
      site: id.slice(0, id.indexOf('/')),
      pathPattern: id.slice(id.indexOf('/'), id.indexOf('#')),
      fieldKey,
      locator: { framePath: [], tag: 'input', id: 'f_7c1d_a9' },
      learnedAt: '2026-11-24T12:00:00.000Z',
    });
    const v2 = {
      format: 'asystent-epuap/eksport',
      version: 2,
      exportedAt: '2026-11-24T12:00:00.000Z',
      activeProfileId: null,
      profiles: [],
      progress: [],
      snapshots: [],
      mappings: [
        learned('epuap.gov.pl/wps/*#tytul', 'tytul'),
        learned('epuap.gov.pl/wps/*#rodzaj', 'rodzaj'),
        learned('epuap.gov.pl/wps/*#tresc', 'tresc'),
        learned('epuap.gov.pl/wps/*#zalacznik', 'zalacznik'),
        learned('epuap.gov.pl/wps/*#recipient', 'recipient'),
        learned('formularz.mc.gov.pl/wniosek#regon', 'regon'),
      ],
    };
    const { db, handlers } = await freshService();
    expect(await handlers['transfer.apply']({ text: JSON.stringify(v2), replaceIds: [] })).toEqual({
      ok: true,
      added: 0,
      replaced: 0,
      skipped: 0,
    });
    expect((await db.getAll('mappings')).map((m) => [m.id, m.fieldKey])).toEqual([
      ['epuap.gov.pl/wps/*#attachment', 'attachment'],
      ['epuap.gov.pl/wps/*#body', 'body'],
      ['epuap.gov.pl/wps/*#letterType', 'letterType'],
      ['epuap.gov.pl/wps/*#recipient', 'recipient'],
      ['epuap.gov.pl/wps/*#title', 'title'],
      ['formularz.mc.gov.pl/wniosek#regon', 'regon'],
    ]);
    // The next export writes the new keys, in the format that names them.
    const exported = await handlers['transfer.export'](undefined);
    expect(exported.version).toBe(3);
    expect(exported.mappings.map((m) => m.fieldKey)).toEqual([
      'attachment',
      'body',
      'letterType',
      'recipient',
      'title',
      'regon',
    ]);
  });

  it('keeps the local scan with a municipality replaced by an import', async () => {
    const { db, handlers } = await serviceWithTwo();
    await db.put('scans', scanOf('id-1'));
    const file = await handlers['transfer.export'](undefined);
    const text = JSON.stringify({
      ...file,
      profiles: file.profiles.map((p) => ({ ...p, id: `x-${p.id}` })),
      progress: [],
      snapshots: [],
    });
    await handlers['transfer.apply']({ text, replaceIds: ['id-1'] });
    // The replaced municipality keeps its local id, so what exists only here stays with it.
    expect((await db.get('scans', 'id-1'))?.name).toBe('wniosek.pdf');
    expect(await db.get('scans', 'x-id-1')).toBeUndefined();
  });

  it('round-trips every profile exactly', async () => {
    const source = await serviceWithTwo();
    const file = await source.handlers['transfer.export'](undefined);
    const target = await freshService();
    const result = await target.handlers['transfer.apply']({ text: JSON.stringify(file), replaceIds: [] });
    expect(result).toEqual({ ok: true, added: 2, replaced: 0, skipped: 0 });
    const state = await target.handlers['state.get'](undefined);
    expect(state.profiles).toEqual((await source.handlers['state.get'](undefined)).profiles);
    expect(state.activeProfileId).toBe(file.activeProfileId);
  });

  it('previews conflicts by REGON and replaces only what the clerk chose', async () => {
    const { handlers } = await serviceWithTwo();
    const file = await handlers['transfer.export'](undefined);
    const edited = {
      ...file,
      profiles: file.profiles.map((p) => ({ ...p, id: `x-${p.id}`, phone: '632884002' })),
    };
    const text = JSON.stringify(edited);
    const plan = await handlers['transfer.plan']({ text });
    // Brudzew matches by REGON; Łężyce has no REGON and a different id: it is new.
    expect(plan).toMatchObject({
      ok: true,
      additions: [{ name: 'Gmina Łężyce' }],
      conflicts: [{ existing: { id: 'id-1' } }],
    });
    const result = await handlers['transfer.apply']({ text, replaceIds: ['id-1'] });
    expect(result).toEqual({ ok: true, added: 1, replaced: 1, skipped: 0 });
    const profiles = (await handlers['state.get'](undefined)).profiles;
    // Brudzew replaced in place (its id kept), Łężyce from the file added beside the stored one.
    expect(profiles.map((p) => p.id).sort()).toEqual(['id-1', 'id-2', 'x-id-2']);
    expect(profiles.find((p) => p.id === 'id-1')?.phone).toBe('632884002');
  });

  it('changes nothing when the file is broken', async () => {
    const { handlers } = await serviceWithTwo();
    const before = await handlers['state.get'](undefined);
    const result = await handlers['transfer.apply']({
      text: '{"format":"asystent-epuap/eksport",',
      replaceIds: [],
    });
    expect(result.ok).toBe(false);
    expect(await handlers['state.get'](undefined)).toEqual(before);
  });
});

describe('reading an import file', () => {
  const valid = {
    format: 'asystent-epuap/eksport',
    version: 1,
    exportedAt: '2026-11-24T12:00:00.000Z',
    profiles: [
      {
        ...emptyProfileInput(),
        id: 'a',
        municipality: 'Gmina Brudzew',
        regon: '311019349',
        createdAt: '2026-11-24T12:00:00.000Z',
        updatedAt: '2026-11-24T12:00:00.000Z',
      },
    ],
  };
  it('reads a version 1 file (profiles only) into the current shape', () => {
    const result = parseImportFile(JSON.stringify(valid));
    expect(result.ok && result.file).toMatchObject({ version: 3, progress: [], snapshots: [], mappings: [] });
  });
  it.each([
    ['not JSON', 'abc', 'nie jest poprawnym plikiem JSON'],
    ['foreign JSON', '[1,2]', 'To nie jest plik eksportu Asystenta ePUAP'],
    [
      'a newer version',
      JSON.stringify({ ...valid, version: 4 }),
      'nowszej wersji Asystenta ePUAP (format 4, ta wersja czyta do 3)',
    ],
    [
      'a corrupted REGON',
      JSON.stringify({ ...valid, profiles: [{ ...valid.profiles[0], regon: '311019340' }] }),
      'Gmina „Gmina Brudzew”, pole REGON: Błędna cyfra kontrolna REGON',
    ],
    [
      'a damaged part of a version 2 file',
      JSON.stringify({
        ...valid,
        version: 2,
        progress: [{ profileId: 'a', state: {} }],
        snapshots: [],
        mappings: [],
      }),
      'Część „postęp procesu”',
    ],
    ['a huge file', ' '.repeat(10 * 1024 * 1024 + 1), 'za duży'],
  ])('explains %s in Polish', (_what, text, message) => {
    const result = parseImportFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

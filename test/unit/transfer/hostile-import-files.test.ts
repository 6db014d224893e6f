import { describe, expect, it } from 'vitest';
import { PATH_PATTERN_MESSAGE, safePathMatches } from '../../../lib/db/mappings';
import { initialProcessState } from '../../../lib/process';
import { IMPORT_TOO_LARGE, importFileSizeError, MAX_IMPORT_BYTES } from '../../../lib/transfer/import-file';
import { openVault, sealVault } from '../../../lib/vault';
import { type freshService, serviceWithProfile } from '../service/test-db';
import { PASSPHRASE } from '../vault/fixtures';

async function serviceWithBrudzew() {
  const service = await serviceWithProfile({ municipality: 'Gmina Brudzew', regon: '311019349' });
  return { ...service, profileId: service.profile.id };
}

async function dump(db: Awaited<ReturnType<typeof freshService>>['db']) {
  const stores = [...db.objectStoreNames];
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)])));
}

const STAR_PATTERN = `/${'a*'.repeat(10)}b`;

describe('an import file with a pathological path pattern', () => {
  it('is refused whole, with a Polish message naming the part, and quickly', async () => {
    const { db, handlers } = await serviceWithBrudzew();
    const file = await handlers['transfer.export'](undefined);
    const hostile = {
      ...file,
      mappings: [
        {
          id: `epuap.gov.pl${STAR_PATTERN}#title`,
          site: 'epuap.gov.pl',
          pathPattern: STAR_PATTERN,
          fieldKey: 'title',
          locator: { framePath: [], tag: 'input' },
          learnedAt: '2026-11-24T12:00:00.000Z',
        },
      ],
    };
    const before = await dump(db);
    const started = performance.now();
    const plan = await handlers['transfer.plan']({ text: JSON.stringify(hostile) });
    const result = await handlers['transfer.apply']({ text: JSON.stringify(hostile), replaceIds: [] });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(plan).toEqual({ ok: false, error: expect.stringContaining('wskazane pola stron') });
    expect(result).toEqual({ ok: false, error: expect.stringContaining(PATH_PATTERN_MESSAGE) });
    expect(await dump(db)).toEqual(before);
  });

  it('a mapping for a password that does not name a password input is refused', async () => {
    const { handlers } = await serviceWithBrudzew();
    const file = await handlers['transfer.export'](undefined);
    const hostile = {
      ...file,
      mappings: [
        {
          id: 'formularz-mc.example.gov.pl/wniosek/*#revocationPassword',
          site: 'formularz-mc.example.gov.pl',
          pathPattern: '/wniosek/*',
          fieldKey: 'revocationPassword',
          locator: { framePath: [], tag: 'input', type: 'text', id: 'komentarz' },
          learnedAt: '2026-11-24T12:00:00.000Z',
        },
      ],
    };
    const result = await handlers['transfer.apply']({ text: JSON.stringify(hostile), replaceIds: [] });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('typu „hasło”') });
  });

  it('the matcher is linear: a long path against a stored many-star pattern answers at once, and does not match', () => {
    const started = performance.now();
    expect(safePathMatches(STAR_PATTERN, `/${'a'.repeat(5000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
    expect(safePathMatches('/wps/myportal/*', '/wps/myportal/!ut/p/z1/abc')).toBe(true);
    expect(safePathMatches('/wps/myportal/*', '/wps/myportalX')).toBe(false);
    expect(safePathMatches('/wps/portal/pismo', '/wps/portal/pismo')).toBe(true);
    expect(safePathMatches('/wps/portal/pismo', '/wps/portal/pismo/x')).toBe(false);
    expect(safePathMatches('/*', '/anything')).toBe(true);
  });
});

describe('an import file with a foreign MC host', () => {
  it('is previewed with a Polish warning naming the host; mc.html asks again before opening it', async () => {
    const { handlers, profileId } = await serviceWithBrudzew();
    const file = await handlers['transfer.export'](undefined);
    const state = initialProcessState();
    const hostile = {
      ...file,
      progress: [
        {
          profileId,
          state: { ...state, mcDecision: { approvalLink: 'https://mc-formularz.example.com/wniosek' } },
        },
      ],
    };
    const plan = await handlers['transfer.plan']({ text: JSON.stringify(hostile) });
    expect(plan).toMatchObject({
      ok: true,
      warnings: [expect.stringContaining('mc-formularz.example.com, spoza domeny gov.pl')],
    });
    const onGovPl = {
      ...file,
      progress: [
        {
          profileId,
          state: { ...state, mcDecision: { approvalLink: 'https://formularz.mc.gov.pl/wniosek' } },
        },
      ],
    };
    const fine = await handlers['transfer.plan']({ text: JSON.stringify(onGovPl) });
    expect(fine).not.toHaveProperty('warnings');
  });
});

describe('an oversize import file', () => {
  it('is refused by its size before it is read, with a Polish message', () => {
    expect(importFileSizeError(MAX_IMPORT_BYTES + 1)).toBe(IMPORT_TOO_LARGE);
    expect(importFileSizeError(2_000)).toBeNull();
    expect(IMPORT_TOO_LARGE).toMatch(/za duży/);
  });

  it('sent as text anyway, the background refuses it and changes nothing', async () => {
    const { db, handlers } = await serviceWithBrudzew();
    const before = await dump(db);
    const result = await handlers['transfer.plan']({ text: ' '.repeat(MAX_IMPORT_BYTES + 1) });
    expect(result).toEqual({ ok: false, error: IMPORT_TOO_LARGE });
    expect(await dump(db)).toEqual(before);
  });
});

describe('an import that replaces a municipality with a vault', () => {
  it('keeps the vault openable: the municipality keeps the id its sealed secrets name', async () => {
    const { db, handlers, profileId } = await serviceWithBrudzew();
    const envelope = await sealVault(
      { revocation: 'Rewokacja-1!', p12: 'Plik-p12-2!', createdAt: '2026-11-24T12:00:00.000Z', profileId },
      PASSPHRASE,
    );
    await db.put('vault', { profileId, envelope, createdAt: '2026-11-24T12:00:00.000Z' });
    const file = await handlers['transfer.export'](undefined);
    // The same municipality exported from another computer: another record id, same REGON.
    const other = {
      ...file,
      profiles: file.profiles.map((p) => ({ ...p, id: 'from-elsewhere', phone: '632884002' })),
      activeProfileId: 'from-elsewhere',
    };
    const result = await handlers['transfer.apply']({ text: JSON.stringify(other), replaceIds: [profileId] });
    expect(result).toMatchObject({ ok: true, replaced: 1 });
    const context = await handlers['mc.context']({});
    expect(context.profileId).toBe(profileId);
    expect(context.vault).not.toBeNull();
    const stored = await handlers['mc.vault']({ profileId });
    const opened = await openVault(stored, PASSPHRASE);
    expect(opened).toMatchObject({ ok: true, secrets: { profileId } });
    expect((await handlers['state.get'](undefined)).profiles).toMatchObject([
      { id: profileId, phone: '632884002' },
    ]);
  });
});

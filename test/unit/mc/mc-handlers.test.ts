import { describe, expect, it } from 'vitest';
import type { FillReport } from '../../../lib/autofill/types';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import { emptyProfileInput } from '../../../lib/profile/schema';
import { MC_MESSAGES } from '../../../lib/service/mc-handlers';
import { readProcessState } from '../../../lib/service/process-events';
import { generatePasswordPair, openVault, sealVault } from '../../../lib/vault';
import { BRUDZEW_COMPLETE as BRUDZEW } from '../../fixtures/sample-profiles';
import { serviceWithProfile } from '../service/test-db';

const PASSPHRASE = 'zielony most nad Wartą';

const serviceWithBrudzew = () => serviceWithProfile(BRUDZEW);

function report(ok: boolean): FillReport {
  return {
    recipeId: 'mc/formularz-certyfikatu',
    url: 'https://formularz-mc.example.gov.pl/wniosek/abc',
    startedAt: '2026-11-24T12:00:00.000Z',
    finishedAt: '2026-11-24T12:00:01.000Z',
    fields: [{ key: 'regon', label: 'REGON', status: ok ? 'filled' : 'not-found', message: '' }],
    ok,
  };
}

describe('the MC form service', () => {
  it('without a printed application the context has no snapshot, so the page can say what to do first', async () => {
    const { handlers, profile } = await serviceWithBrudzew();
    const context = await handlers['mc.context']({});
    expect(context.profileId).toBe(profile.id);
    expect(context.snapshot).toBeNull();
    expect(context.vault).toBeNull();
  });

  it('a profile changed after printing shows its differences; the snapshot stays what was printed', async () => {
    const { handlers, profile } = await serviceWithBrudzew();
    const snapshot = snapshotForApplication(profile, { now: new Date('2026-11-20T10:00:00Z') });
    await handlers['documents.saveSnapshots']({ snapshots: [snapshot] });
    expect((await handlers['mc.context']({})).changes).toEqual([]);
    await handlers['profile.save']({
      id: profile.id,
      input: { ...emptyProfileInput(), ...BRUDZEW, email: 'urzad@brudzew.pl', phone: '63 288 40 99' },
    });
    const context = await handlers['mc.context']({ profileId: profile.id });
    expect(context.snapshot?.fields.email).toBe('sekretariat@brudzew.pl');
    expect(context.changes).toEqual([
      {
        field: 'email',
        label: 'Oficjalny e-mail urzędu',
        printed: 'sekretariat@brudzew.pl',
        current: 'urzad@brudzew.pl',
      },
      { field: 'phone', label: 'Telefon', printed: '63 288 40 02', current: '63 288 40 99' },
    ]);
  });

  it('the approval link recorded in the process reaches the page', async () => {
    const { handlers, profile } = await serviceWithBrudzew();
    const link = 'https://formularz-mc.example.gov.pl/wniosek/7f3a';
    await handlers['process.event']({
      profileId: profile.id,
      event: { type: 'mc-approved', at: '2026-11-24T11:00:00.000Z', link },
    });
    expect((await handlers['mc.context']({})).approvalLink).toBe(link);
  });

  it('stores the sealed vault; the passwords open with the passphrase and a wrong one is refused, losing nothing', async () => {
    const { handlers, db, profile } = await serviceWithBrudzew();
    const pair = generatePasswordPair();
    const envelope = await sealVault(
      { ...pair, createdAt: '2026-11-24T12:00:00.000Z', profileId: profile.id },
      PASSPHRASE,
    );
    expect(await handlers['mc.storeVault']({ profileId: profile.id, envelope, replace: false })).toEqual({
      ok: true,
      createdAt: '2026-11-24T12:00:00.000Z',
    });
    const stored = await db.get('vault', profile.id);
    // Only ciphertext is kept: neither password appears anywhere in the record.
    expect(JSON.stringify(stored)).not.toContain(pair.revocation);
    expect(JSON.stringify(stored)).not.toContain(pair.p12);
    expect((await handlers['mc.context']({})).vault).toEqual({ createdAt: '2026-11-24T12:00:00.000Z' });

    const kept = await handlers['mc.vault']({ profileId: profile.id });
    if (!kept) throw new Error('no vault');
    const wrong = await openVault(kept, 'niebieski most nad Wartą');
    expect(wrong).toMatchObject({ ok: false, code: 'wrong-passphrase' });
    expect(wrong.ok ? '' : wrong.message).toContain('Nieprawidłowe hasło do sejfu');
    expect(await handlers['mc.vault']({ profileId: profile.id })).toEqual(kept);
    const right = await openVault(kept, PASSPHRASE);
    expect(right.ok && right.secrets).toMatchObject(pair);
  }, 30_000);

  it('does not replace a kept vault unless the clerk agreed, and refuses a weakened envelope', async () => {
    const { handlers, profile } = await serviceWithBrudzew();
    const secrets = {
      ...generatePasswordPair(),
      createdAt: '2026-11-24T12:00:00.000Z',
      profileId: profile.id,
    };
    const first = await sealVault(secrets, PASSPHRASE);
    await handlers['mc.storeVault']({ profileId: profile.id, envelope: first, replace: false });
    const second = await sealVault(secrets, PASSPHRASE);
    expect(
      await handlers['mc.storeVault']({ profileId: profile.id, envelope: second, replace: false }),
    ).toEqual({
      ok: false,
      message: MC_MESSAGES.vaultExists,
    });
    expect(await handlers['mc.vault']({ profileId: profile.id })).toEqual(first);
    const weak = { ...second, kdf: { ...second.kdf, iterations: 1000 } };
    expect(await handlers['mc.storeVault']({ profileId: profile.id, envelope: weak, replace: true })).toEqual(
      {
        ok: false,
        message: MC_MESSAGES.badEnvelope,
      },
    );
    expect(
      await handlers['mc.storeVault']({ profileId: profile.id, envelope: second, replace: true }),
    ).toMatchObject({
      ok: true,
    });
    expect(await handlers['mc.vault']({ profileId: profile.id })).toEqual(second);
  }, 30_000);

  it('the step completes when the form was filled and the clerk confirmed the passwords are kept', async () => {
    const { handlers, db, profile, notified } = await serviceWithBrudzew();
    expect(await handlers['mc.fillReport']({ profileId: profile.id, report: report(false) })).toEqual({
      recorded: false,
    });
    expect(await handlers['mc.passwordsKept']({ profileId: profile.id })).toEqual({
      ok: false,
      message: MC_MESSAGES.noVault,
    });
    expect(await handlers['mc.fillReport']({ profileId: profile.id, report: report(true) })).toEqual({
      recorded: true,
    });
    const envelope = await sealVault(
      { ...generatePasswordPair(), createdAt: '2026-11-24T12:00:00.000Z', profileId: profile.id },
      PASSPHRASE,
    );
    await handlers['mc.storeVault']({ profileId: profile.id, envelope, replace: false });
    expect(await handlers['mc.passwordsKept']({ profileId: profile.id })).toEqual({
      ok: true,
      recorded: true,
    });
    const state = await readProcessState(db, profile.id);
    expect(state.steps['mc-form'].status).toBe('done');
    expect((await handlers['mc.context']({})).lastReport?.ok).toBe(true);
    expect(notified).toContainEqual(['fillReports', 'progress']);
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { emptyProfileInput } from '../../../lib/profile/schema';
import { readProcessState, recordProcessEvent } from '../../../lib/service/process-events';
import { pismoOgolneRecipe } from '../../../lib/sites/epuap';
import { parseImportFile } from '../../../lib/transfer/import-file';
import { freshService } from '../service/test-db';

async function afterOurFill() {
  const service = await freshService();
  const saved = await service.handlers['profile.save']({
    id: null,
    input: { ...emptyProfileInput(), municipality: 'Gmina Brudzew', regon: '311019349' },
  });
  if (!saved.ok) throw new Error('profile');
  await service.handlers['epuap.fillReport']({
    report: {
      recipeId: pismoOgolneRecipe.id,
      url: 'https://epuap.gov.pl/wps/myportal/pismo',
      startedAt: '2026-11-24T12:00:00.000Z',
      finishedAt: '2026-11-24T12:00:01.000Z',
      fields: [],
      ok: true,
    },
  });
  return { ...service, profileId: saved.profile.id };
}

describe('evidence read from page text is checked before it is stored', () => {
  it('"Data: 45.19.2026" on a confirmation is left out; the sending counts and every export still imports', async () => {
    const { db, handlers, profileId } = await afterOurFill();
    const answer = await handlers['epuap.sentSeen']({
      confirmation: { sentAt: '2026-19-45T10:00', documentNumber: 'UPD-1/2026' },
    });
    expect(answer).toEqual({ recorded: true });
    const sent = (await readProcessState(db, profileId)).log.find((e) => e.type === 'pismo-sent');
    expect(sent).toEqual({
      type: 'pismo-sent',
      at: '2026-11-24T12:00:00.000Z',
      documentNumber: 'UPD-1/2026',
    });
    const exported = await handlers['transfer.export'](undefined);
    expect(parseImportFile(JSON.stringify(exported)).ok).toBe(true);
  });

  it('a real date is kept', async () => {
    const { db, handlers, profileId } = await afterOurFill();
    await handlers['epuap.sentSeen']({ confirmation: { sentAt: '2026-02-28T10:00' } });
    const sent = (await readProcessState(db, profileId)).log.find((e) => e.type === 'pismo-sent');
    expect(sent).toMatchObject({ sentAt: '2026-02-28' });
  });

  it('recordProcessEvent refuses an event its schema refuses, whoever built it; nothing is stored', async () => {
    const { db, profileId } = await afterOurFill();
    const before = await readProcessState(db, profileId);
    const invalid = { type: 'pismo-sent', at: '2026-11-24T12:00:00.000Z', sentAt: '2026-19-45' } as const;
    expect(await recordProcessEvent(db, profileId, invalid)).toBe(false);
    const link = {
      type: 'mc-approved',
      at: '2026-11-24T12:00:00.000Z',
      link: 'javascript:alert(1)',
    } as const;
    expect(await recordProcessEvent(db, profileId, link)).toBe(false);
    expect(await readProcessState(db, profileId)).toEqual(before);
  });
});

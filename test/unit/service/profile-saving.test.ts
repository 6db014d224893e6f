import { describe, expect, it } from 'vitest';
import { emptyProfileInput } from '../../../lib/profile/schema';
import { freshService } from './test-db';

const input = (values: Partial<ReturnType<typeof emptyProfileInput>>) => ({
  ...emptyProfileInput(),
  ...values,
});

describe('saving municipalities', () => {
  it('saves a valid profile, makes the first one active and tells open pages', async () => {
    const { handlers, notified } = await freshService();
    const result = await handlers['profile.save']({
      id: null,
      input: input({ municipality: 'Gmina Brudzew' }),
    });
    expect(result.ok && result.profile).toMatchObject({
      id: 'id-1',
      municipality: 'Gmina Brudzew',
      createdAt: '2026-11-24T12:00:00.000Z',
    });
    const state = await handlers['state.get'](undefined);
    expect(state.activeProfileId).toBe('id-1');
    expect(notified).toContainEqual(['profiles', 'drafts', 'meta', 'progress']);
  });

  it('refuses invalid fields with Polish messages and stores nothing', async () => {
    const { handlers } = await freshService();
    const result = await handlers['profile.save']({
      id: null,
      input: input({ municipality: 'Gmina Brudzew', regon: '311019340' }),
    });
    expect(result).toMatchObject({ ok: false, message: 'Popraw zaznaczone pola: REGON.' });
    expect((await handlers['state.get'](undefined)).profiles).toEqual([]);
  });

  it('refuses a second municipality with the same REGON', async () => {
    const { handlers } = await freshService();
    await handlers['profile.save']({
      id: null,
      input: input({ municipality: 'Gmina Brudzew', regon: '311019349' }),
    });
    const twin = await handlers['profile.save']({
      id: null,
      input: input({ municipality: 'Brudzew 2', regon: '311019349' }),
    });
    expect(twin.ok).toBe(false);
    if (!twin.ok) expect(twin.errors.regon).toMatch(/„Gmina Brudzew”/);
  });

  it('keeps the draft until the profile is saved, then clears it', async () => {
    const { handlers } = await freshService();
    await handlers['draft.put']({ key: 'new', input: input({ municipality: 'Gmina Łężyce' }) });
    expect((await handlers['state.get'](undefined)).drafts).toMatchObject([
      { key: 'new', input: { municipality: 'Gmina Łężyce' } },
    ]);
    await handlers['profile.save']({ id: null, input: input({ municipality: 'Gmina Łężyce' }) });
    expect((await handlers['state.get'](undefined)).drafts).toEqual([]);
  });

  it('updates an existing profile in place, keeping its creation date', async () => {
    const { handlers } = await freshService();
    await handlers['profile.save']({ id: null, input: input({ municipality: 'Gmina Brudzew' }) });
    const edited = await handlers['profile.save']({
      id: 'id-1',
      input: input({ municipality: 'Gmina Brudzew', nip: '6681002396' }),
    });
    expect(edited.ok && edited.profile).toMatchObject({ id: 'id-1', nip: '6681002396' });
    expect((await handlers['state.get'](undefined)).profiles).toHaveLength(1);
  });

  it('after deleting the active municipality another one becomes active', async () => {
    const { handlers } = await freshService();
    await handlers['profile.save']({ id: null, input: input({ municipality: 'Gmina A' }) });
    await handlers['profile.save']({ id: null, input: input({ municipality: 'Gmina B' }) });
    await handlers['profile.delete']({ id: 'id-1' });
    const state = await handlers['state.get'](undefined);
    expect(state.profiles.map((p) => p.id)).toEqual(['id-2']);
    expect(state.activeProfileId).toBe('id-2');
    await expect(handlers['profile.setActive']({ id: 'gone' })).rejects.toThrow(
      'Tej gminy nie ma na liście.',
    );
  });
});

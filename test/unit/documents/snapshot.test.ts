import { describe, expect, it } from 'vitest';
import { DocumentDataError } from '../../../lib/documents/application-data';
import {
  APPLICATION_FIELDS,
  ApplicationSnapshotSchema,
  diffSnapshot,
  snapshotForApplication,
} from '../../../lib/documents/snapshot';
import { brzeznica, incomplete, lezyce } from '../../fixtures/documents/profiles';

const now = new Date('2026-11-24T09:30:00.000Z');

describe('snapshotForApplication', () => {
  it('holds exactly the printed fields, the place, the date and createdAt', () => {
    const snapshot = snapshotForApplication(brzeznica, { place: ' Brzeźnica ', date: '24.11.2026', now });
    expect(snapshot).toEqual({
      version: 1,
      profileId: 'profile-brzeznica',
      fields: Object.fromEntries(APPLICATION_FIELDS.map((f) => [f, brzeznica[f]])),
      place: 'Brzeźnica',
      date: '24.11.2026',
      createdAt: '2026-11-24T09:30:00.000Z',
    });
    expect(Object.keys(snapshot.fields)).not.toContain('teryt');
  });

  it('defaults the place to the town and the date to today', () => {
    const snapshot = snapshotForApplication(lezyce, { now: new Date(2027, 1, 1, 12) });
    expect(snapshot.place).toBe('Łężyce');
    expect(snapshot.date).toBe('01.02.2027');
    expect(snapshot.profileId).toBeUndefined();
  });

  it('refuses incomplete data and an impossible date, listing all problems', () => {
    const error = (() => {
      try {
        snapshotForApplication(incomplete, { date: '30.02.2026' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DocumentDataError);
    const fields = (error as DocumentDataError).missing.map((m) => m.field);
    expect(fields).toContain('regon');
    expect(fields).toContain('date');
  });

  it('survives storage: JSON round trip validates with the zod schema', () => {
    const snapshot = snapshotForApplication(brzeznica, { now });
    const stored = JSON.parse(JSON.stringify(snapshot));
    expect(ApplicationSnapshotSchema.parse(stored)).toEqual(snapshot);
    expect(ApplicationSnapshotSchema.safeParse({ ...stored, date: '2026-11-24' }).success).toBe(false);
    expect(ApplicationSnapshotSchema.safeParse({ ...stored, createdAt: 'wczoraj' }).success).toBe(false);
    expect(
      ApplicationSnapshotSchema.safeParse({
        ...stored,
        fields: { ...stored.fields, signatoryRole: 'sołtys' },
      }).success,
    ).toBe(false);
  });
});

describe('diffSnapshot', () => {
  const snapshot = snapshotForApplication(brzeznica, { now });

  it('is empty while the profile matches the application (TERYT does not count)', () => {
    expect(diffSnapshot(snapshot, brzeznica)).toEqual([]);
    expect(
      diffSnapshot(snapshot, { ...brzeznica, teryt: '1218022', email: ' sekretariat@brzeznica.pl ' }),
    ).toEqual([]);
  });

  it('lists each changed field with its label, the printed and the current value', () => {
    const changed = {
      ...brzeznica,
      platformDomain: 'eurzad.gmina-brzeznica.pl',
      phone: '',
      signatoryRole: 'upowazniony' as const,
    };
    expect(diffSnapshot(snapshot, changed)).toEqual([
      { field: 'phone', label: 'Telefon', printed: '33 879 30 01', current: '' },
      {
        field: 'platformDomain',
        label: 'Domena platformy e-Urząd',
        printed: 'eurzad.brzeznica.pl',
        current: 'eurzad.gmina-brzeznica.pl',
      },
      {
        field: 'signatoryRole',
        label: 'Stanowisko osoby podpisującej',
        printed: 'wojt',
        current: 'upowazniony',
      },
    ]);
  });
});

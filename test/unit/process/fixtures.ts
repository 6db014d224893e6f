import type { ProcessEvent } from '../../../lib/process';
import type { ProfileFields } from '../../../lib/profile/schema';

/** A complete municipality (Brudzew, the seed's example), valid identifiers. */
export function completeProfile(overrides: Partial<ProfileFields> = {}): ProfileFields {
  return {
    municipality: 'Gmina Brudzew',
    officeName: 'Urząd Gminy Brudzew',
    street: 'ul. Turecka',
    buildingNumber: '1',
    postalCode: '62-720',
    town: 'Brudzew',
    regon: '311019096',
    nip: '6681003450',
    teryt: '3027022',
    email: 'sekretariat@brudzew.pl',
    phone: '632721000',
    platformDomain: 'eurzad.brudzew.pl',
    signatoryName: 'Jan Kowalski',
    signatoryRole: 'wojt',
    epuapLogin: 'jkowalski',
    epuapOrgId: 'UGBrudzew',
    ...overrides,
  };
}

export function emptyProfile(): ProfileFields {
  return completeProfile(
    Object.fromEntries(Object.keys(completeProfile()).map((key) => [key, ''])) as Partial<ProfileFields>,
  );
}

const BASE = Date.parse('2026-03-02T09:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** An ISO instant `days` (may be fractional) after the fixture's day 0. */
export function day(days: number): string {
  return new Date(BASE + days * DAY).toISOString();
}

export function dayDate(days: number): Date {
  return new Date(BASE + days * DAY);
}

type WithoutAt<E> = E extends unknown ? Omit<E, 'at'> : never;

/** Builds an event at a given day, keeping the discriminated union's typing. */
export function ev(event: WithoutAt<ProcessEvent>, at = day(0)): ProcessEvent {
  return { ...event, at } as ProcessEvent;
}

export const MC_LINK = 'https://formularz.mc.gov.pl/wniosek/7f3a9c?token=abc';

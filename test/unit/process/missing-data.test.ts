import { describe, expect, it } from 'vitest';
import { missingForStep, STEP_IDS } from '../../../lib/process';
import { completeProfile, emptyProfile } from './fixtures';

describe('missingForStep', () => {
  it('finds nothing missing for a complete profile, whatever the step', () => {
    for (const id of STEP_IDS) expect(missingForStep(id, completeProfile())).toEqual([]);
  });

  it('names a missing NIP in Polish', () => {
    expect(missingForStep('profile', completeProfile({ nip: '' }))).toEqual(['brak NIP']);
    expect(missingForStep('application', completeProfile({ nip: '' }))).toEqual(['brak NIP']);
  });

  it('needs every field of the municipality for step 1, but not phone, TERYT, street or ePUAP ids', () => {
    expect(missingForStep('profile', emptyProfile())).toHaveLength(11);
    expect(
      missingForStep(
        'profile',
        completeProfile({ phone: '', teryt: '', street: '', epuapLogin: '', epuapOrgId: '' }),
      ),
    ).toEqual([]);
  });

  it('needs both ePUAP identifiers for step 2', () => {
    expect(missingForStep('epuap-ids', completeProfile({ epuapLogin: '' }))).toEqual(['brak loginu ePUAP']);
    expect(missingForStep('epuap-ids', completeProfile({ epuapLogin: '', epuapOrgId: '' }))).toHaveLength(2);
  });

  it('accepts either the office or the municipality name on the application, and needs the ePUAP ids', () => {
    expect(missingForStep('application', completeProfile({ officeName: '' }))).toEqual([]);
    expect(missingForStep('application', completeProfile({ officeName: '', municipality: '' }))).toEqual([
      'brak nazwy gminy lub urzędu',
    ]);
    expect(missingForStep('application', completeProfile({ epuapOrgId: '' }))).toEqual([
      'brak identyfikatora podmiotu publicznego w ePUAP',
    ]);
    // Villages without streets: the town stands in for the street.
    expect(missingForStep('application', completeProfile({ street: '' }))).toEqual([]);
  });

  it('asks the MC form for exactly what the application has, and the platform login for the domain', () => {
    const partial = completeProfile({ regon: '', signatoryRole: '' });
    expect(missingForStep('mc-form', partial)).toEqual(missingForStep('application', partial));
    expect(missingForStep('platform-login', completeProfile({ platformDomain: '' }))).toEqual([
      'brak domeny platformy',
    ]);
  });

  it('treats whitespace-only values as missing', () => {
    expect(missingForStep('profile', completeProfile({ town: '   ' }))).toEqual(['brak miejscowości']);
  });
});

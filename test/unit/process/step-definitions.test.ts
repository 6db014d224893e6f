import { describe, expect, it } from 'vitest';
import {
  canTickByHand,
  SIGILLUM_CUP_ADDRESS,
  STEP_DEFINITIONS,
  STEP_IDS,
  type StepId,
  stepDefinition,
  stepTitle,
} from '../../../lib/process';
import { SEED } from '../seed';

/** For each step, phrases its instructions take word for word from the seed. */
const SEED_PHRASES: Record<StepId, string[]> = {
  profile: ['wójt, burmistrz', 'eurzad.'],
  'epuap-ids': [
    'Zalogowany',
    'Organizacja',
    'musi być zaproszona do organizacji',
    'module Draco',
    'podmiotu publicznego',
  ],
  application: [
    'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego',
    'wydanie certyfikatu dla systemu teleinformatycznego WNIOSKODAWCY',
    'do podpisu',
  ],
  pismo: [
    'Katalog Spraw',
    'Sprawy obywatelskie',
    'Ministerstwo Cyfryzacji',
    'Rodzaj pisma: Wniosek',
    'Tytuł: Wniosek o wydanie certyfikatu dla systemu teleinformatycznego',
    'Treść: Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP',
  ],
  'mc-decision': ['unikalny link', 'informację o odmowie'],
  'mc-form': [
    'dla wniosku o wydanie certyfikatu do integracji z ePUAP',
    'dokładnie tymi samymi',
    'do unieważnienia certyfikatu',
    'do zabezpieczenia pliku p12',
  ],
  'sigillum-files': [
    'Centrum Certyfikacji Elektronicznej Sigillum',
    'dwa klucze',
    'Raport zawartości certyfikatu',
  ],
  handover: ['koordynator', 'pliku p12'],
  'report-mailed': [
    'Raport zawartości certyfikatu',
    'Sigillum CUP',
    'Rodziny Hiszpańskich 6, 02-685 Warszawa',
  ],
  'platform-login': ['klucz prywatny'],
};

describe('step definitions', () => {
  it('lists the ten steps in process order, with their ids and Polish titles', () => {
    expect(STEP_DEFINITIONS.map((step) => [step.id, step.title])).toEqual([
      ['profile', 'Dane gminy'],
      ['epuap-ids', 'Identyfikatory ePUAP'],
      ['application', 'Wniosek o wydanie certyfikatu'],
      ['pismo', 'Pismo ogólne do Ministerstwa Cyfryzacji'],
      ['mc-decision', 'Odpowiedź Ministerstwa Cyfryzacji'],
      ['mc-form', 'Formularz MC i dwa hasła'],
      ['sigillum-files', 'Certyfikat od Sigillum'],
      ['handover', 'Przekazanie certyfikatu koordynatorowi'],
      ['report-mailed', 'Raport do Sigillum CUP'],
      ['platform-login', 'Logowanie na platformie'],
    ]);
    expect([...STEP_IDS]).toEqual(STEP_DEFINITIONS.map((step) => step.id));
    for (const step of STEP_DEFINITIONS) {
      expect(stepDefinition(step.id)).toBe(step);
      expect(stepTitle(step.id)).toBe(step.title);
    }
  });

  it('restates the seed: each step carries its wording word for word', () => {
    for (const id of STEP_IDS) {
      const phrases = SEED_PHRASES[id];
      expect(phrases.length, id).toBeGreaterThan(0);
      for (const phrase of phrases) {
        expect(SEED, `"${phrase}" is not in the seed`).toContain(phrase);
        expect(stepDefinition(id).instructions, id).toContain(phrase);
      }
    }
  });

  it('gives the Sigillum address as the seed writes it and the pismo’s wording once each', () => {
    expect(SIGILLUM_CUP_ADDRESS).toBe('Sigillum CUP, ul. Rodziny Hiszpańskich 6, 02-685 Warszawa');
    expect(SEED).toContain(SIGILLUM_CUP_ADDRESS.replace('ul.', 'Ul.'));
    expect(stepDefinition('report-mailed').instructions).toContain(SIGILLUM_CUP_ADDRESS);
    const pismo = stepDefinition('pismo').instructions;
    for (const label of ['Rodzaj pisma:', 'Tytuł:', 'Treść:']) expect(pismo.split(label)).toHaveLength(2);
  });

  it('uses the action kind that does each step', () => {
    expect(Object.fromEntries(STEP_DEFINITIONS.map((step) => [step.id, step.action.kind]))).toEqual({
      profile: 'fill',
      'epuap-ids': 'open-url',
      application: 'generate-document',
      pismo: 'fill',
      'mc-decision': 'manual-tick',
      'mc-form': 'open-mc-link',
      'sigillum-files': 'manual-tick',
      handover: 'write-email',
      'report-mailed': 'manual-tick',
      'platform-login': 'open-url',
    });
  });

  it('lets the clerk tick by hand only the steps that can happen outside the browser', () => {
    const byHand = STEP_IDS.filter(canTickByHand);
    expect(byHand).toEqual([
      'application',
      'pismo',
      'sigillum-files',
      'handover',
      'report-mailed',
      'platform-login',
    ]);
  });
});

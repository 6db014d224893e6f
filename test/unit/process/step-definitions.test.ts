import { describe, expect, it } from 'vitest';
import { canTickByHand, STEP_DEFINITIONS, STEP_IDS, stepDefinition } from '../../../lib/process';

describe('step definitions', () => {
  it('lists the ten steps in process order, each with a Polish title, instructions and an action', () => {
    expect(STEP_DEFINITIONS.map((step) => step.id)).toEqual([...STEP_IDS]);
    expect(STEP_IDS).toHaveLength(10);
    for (const id of STEP_IDS) {
      const step = stepDefinition(id);
      expect(step.title.length).toBeGreaterThan(3);
      expect(step.instructions.length).toBeGreaterThan(40);
      expect(step.action.label.length).toBeGreaterThan(3);
    }
  });

  it('carries the exact wording the seed prescribes for the pismo and the Sigillum address', () => {
    const pismo = stepDefinition('pismo').instructions;
    expect(pismo).toContain('Rodzaj pisma: Wniosek');
    expect(pismo).toContain('Tytuł: Wniosek o wydanie certyfikatu dla systemu teleinformatycznego');
    expect(pismo).toContain(
      'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP',
    );
    expect(stepDefinition('report-mailed').instructions).toContain(
      'ul. Rodziny Hiszpańskich 6, 02-685 Warszawa',
    );
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

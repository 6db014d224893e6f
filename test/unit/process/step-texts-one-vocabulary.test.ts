import { describe, expect, it } from 'vitest';
import { deriveView, initialProcessState, STEP_DEFINITIONS } from '../../../lib/process';
import { P12_PASSWORD_ADVICE } from '../../../lib/text/glossary';
import { completeProfile } from './fixtures';

const all = STEP_DEFINITIONS.map((d) => `${d.title} ${d.instructions} ${d.action.label}`).join('\n');

describe('step texts speak one vocabulary', () => {
  it("step 4 gives the seed's menu path", () => {
    const pismo = STEP_DEFINITIONS.find((d) => d.id === 'pismo');
    expect(pismo?.instructions).toContain('Katalog Spraw → Sprawy obywatelskie → Pismo ogólne.');
  });

  it('step 10 shows the real platform domain once it is known', () => {
    const view = deriveView(
      initialProcessState(),
      completeProfile({ platformDomain: 'eurzad.brudzew.pl' }),
      new Date(),
    );
    const step10 = view.steps.find((s) => s.id === 'platform-login');
    expect(step10?.instructions).toContain('eurzad.brudzew.pl');
    expect(step10?.instructions).not.toContain('<domena-gminy>');
  });

  it('uses neutral forms and the one p12 advice', () => {
    expect(all).not.toMatch(/Otrzymałem|Otrzymałam|dostałeś|dostałaś|osob\w+ upoważnion/);
    expect(all).toContain('Pliki otrzymane');
    expect(all).toContain(P12_PASSWORD_ADVICE);
    expect(P12_PASSWORD_ADVICE).toMatch(/telefonicznie albo SMS-em/);
  });
});

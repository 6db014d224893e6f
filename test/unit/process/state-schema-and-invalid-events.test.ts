import { describe, expect, it } from 'vitest';
import {
  applyEvents,
  initialProcessState,
  PROCESS_STATE_VERSION,
  ProcessEventSchema,
  ProcessStateSchema,
  parseProcessEvent,
} from '../../../lib/process';
import { day, ev, MC_LINK } from './fixtures';

describe('process state is serialisable and versioned', () => {
  it('the initial state passes its schema, with a version and every step to do', () => {
    const state = initialProcessState();
    expect(ProcessStateSchema.parse(state)).toEqual(state);
    expect(state.version).toBe(PROCESS_STATE_VERSION);
    expect(Object.values(state.steps).every((record) => record.status === 'todo')).toBe(true);
  });

  it('a state after many events survives JSON export and import unchanged', () => {
    const state = applyEvents(initialProcessState(), [
      ev({ type: 'pismo-sent', sentAt: '2026-03-02', documentNumber: 'UPP-1' }, day(1)),
      ev({ type: 'mc-refused', reason: 'powód' }, day(5)),
      ev({ type: 'restart-after-refusal' }, day(6)),
      ev({ type: 'pismo-sent' }, day(7)),
      ev({ type: 'mc-approved', link: MC_LINK }, day(9)),
      ev({ type: 'manual-tick', stepId: 'handover', date: '2026-03-20', note: 'notatka' }, day(10)),
    ]);
    const imported = ProcessStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(imported).toEqual(state);
  });

  it('refuses an import of an unknown version or with a step missing', () => {
    const state = initialProcessState();
    expect(ProcessStateSchema.safeParse({ ...state, version: 2 }).success).toBe(false);
    const { handover: _dropped, ...steps } = state.steps;
    expect(ProcessStateSchema.safeParse({ ...state, steps }).success).toBe(false);
  });
});

describe('invalid events are rejected by the schema', () => {
  const at = '2026-03-02T09:00:00.000Z';
  const rejected: [string, unknown][] = [
    ['an unknown type', { type: 'pismo-signed', at }],
    ['no date', { type: 'banner-read' }],
    ['a date that is not ISO', { type: 'banner-read', at: '02.03.2026' }],
    ['an impossible day in a tick', { type: 'manual-tick', at, stepId: 'handover', date: '2026-02-30' }],
    ['a tick without a date', { type: 'manual-tick', at, stepId: 'handover' }],
    ['a tick of an unknown step', { type: 'manual-tick', at, stepId: 'coffee', date: '2026-03-02' }],
    ['an http link from MC', { type: 'mc-approved', at, link: 'http://formularz.mc.gov.pl/x' }],
    ['a javascript: link', { type: 'mc-approved', at, link: 'javascript:alert(1)' }],
    ['an approval without a link', { type: 'mc-approved', at }],
    [
      'a per-process reminder threshold (one setting serves every municipality)',
      { type: 'set-waiting-threshold', at, days: 7 },
    ],
    ['an empty note', { type: 'manual-tick', at, stepId: 'handover', date: '2026-03-02', note: '  ' }],
    ['not an object', 'banner-read'],
  ];

  it.each(rejected)('rejects %s', (_, input) => {
    expect(ProcessEventSchema.safeParse(input).success).toBe(false);
    expect(parseProcessEvent(input).ok).toBe(false);
  });

  it('gives a Polish message for a bad MC link', () => {
    const parsed = parseProcessEvent({ type: 'mc-approved', at, link: 'http://x.pl' });
    expect(parsed).toEqual({
      ok: false,
      message: 'Link od MC musi być pełnym adresem zaczynającym się od https://',
    });
  });

  it('accepts valid events, trimming free text', () => {
    expect(parseProcessEvent({ type: 'mc-approved', at, link: MC_LINK }).ok).toBe(true);
    expect(
      parseProcessEvent({ type: 'pismo-sent', at: '2026-03-02T10:00:00+01:00', sentAt: '2026-03-02' }).ok,
    ).toBe(true);
    const tick = parseProcessEvent({
      type: 'manual-tick',
      at,
      stepId: 'handover',
      date: '2026-03-02',
      note: ' ok ',
    });
    expect(tick.ok && tick.event.type === 'manual-tick' && tick.event.note).toBe('ok');
  });
});

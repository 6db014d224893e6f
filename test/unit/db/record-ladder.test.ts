import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type RecordLadder,
  StoredRecordError,
  upgradeOrThrow,
  upgradeRecord,
  upgradingSchema,
} from '../../../lib/db/records/ladder';

/** A toy record that went through three shapes: v1 `{ name }`, v2 `{ names: [] }`, v3 adds `kept`. */
const calls: string[] = [];
const LADDER: RecordLadder<{ version: 3; names: string[]; kept: boolean }> = {
  label: 'Zapis próbny',
  current: 3,
  steps: {
    1: (old) => {
      calls.push('1→2');
      return { version: 2, names: [old.name] };
    },
    2: (old) => {
      calls.push('2→3');
      return { ...old, version: 3, kept: true };
    },
  },
  schema: z.object({ version: z.literal(3), names: z.array(z.string().min(1)), kept: z.boolean() }),
};

describe('a record ladder', () => {
  it('climbs one step per version, oldest first, then checks the current schema', () => {
    calls.length = 0;
    expect(upgradeRecord(LADDER, { version: 1, name: 'Brudzew' })).toEqual({
      ok: true,
      value: { version: 3, names: ['Brudzew'], kept: true },
      from: 1,
    });
    expect(calls).toEqual(['1→2', '2→3']);
    calls.length = 0;
    expect(upgradeRecord(LADDER, { version: 2, names: ['Łężyce'] })).toMatchObject({ ok: true, from: 2 });
    expect(calls).toEqual(['2→3']);
  });

  it('passes a current record through the schema alone', () => {
    calls.length = 0;
    const current = { version: 3, names: ['Brudzew'], kept: false };
    expect(upgradeRecord(LADDER, current)).toEqual({ ok: true, value: current, from: 3 });
    expect(calls).toEqual([]);
  });

  it('refuses a record from a newer release, saying what to do and that nothing is lost', () => {
    expect(upgradeRecord(LADDER, { version: 4, names: [] })).toEqual({
      ok: false,
      problem: 'newer',
      message:
        'Zapis próbny: zapisano w nowszej wersji asystenta (4). Zaktualizuj rozszerzenie. Zapisane dane pozostały nienaruszone.',
    });
  });

  it('refuses a version it has no step for, a record without a version, and a damaged one', () => {
    expect(upgradeRecord(LADDER, { version: 0 })).toMatchObject({ ok: false, problem: 'unknown-version' });
    for (const raw of [undefined, null, 'tekst', [1], {}, { version: '3' }, { version: 2.5 }])
      expect(upgradeRecord(LADDER, raw), JSON.stringify(raw)).toMatchObject({
        ok: false,
        problem: 'invalid',
      });
    expect(upgradeRecord(LADDER, { version: 1, name: '' })).toEqual({
      ok: false,
      problem: 'invalid',
      message:
        'Zapis próbny: zapis jest uszkodzony (pole names.0), nie da się go odczytać. Zapisane dane pozostały nienaruszone.',
    });
  });

  it('refuses old data too damaged for its own step', () => {
    const picky = {
      ...LADDER,
      steps: {
        ...LADDER.steps,
        1: (old: Record<string, unknown>) => ({ version: 2, names: [(old.name as string).trim()] }),
      },
    };
    expect(upgradeRecord(picky, { version: 1 })).toEqual({
      ok: false,
      problem: 'invalid',
      message:
        'Zapis próbny: zapis jest uszkodzony, nie da się go odczytać. Zapisane dane pozostały nienaruszone.',
    });
  });

  it('stops at a step that forgets to stamp its version', () => {
    const forgetful = {
      ...LADDER,
      steps: { ...LADDER.steps, 1: (old: Record<string, unknown>) => ({ ...old }) },
    };
    expect(() => upgradeRecord(forgetful, { version: 1, name: 'Brudzew' })).toThrow(
      /step 1 → 2 returned version 1/,
    );
  });

  it('throws the Polish message for readers that give back a value', () => {
    expect(upgradeOrThrow(LADDER, { version: 1, name: 'A' })).toEqual({
      version: 3,
      names: ['A'],
      kept: true,
    });
    expect(() => upgradeOrThrow(LADDER, { version: 9 })).toThrow(StoredRecordError);
    expect(() => upgradeOrThrow(LADDER, { version: 9 })).toThrow(/nowszej wersji asystenta \(9\)/);
  });

  it('serves as a zod schema for records inside an export file', () => {
    const File = z.object({ items: z.array(upgradingSchema(LADDER)) });
    expect(
      File.parse({
        items: [
          { version: 1, name: 'A' },
          { version: 3, names: ['B'], kept: false },
        ],
      }),
    ).toEqual({
      items: [
        { version: 3, names: ['A'], kept: true },
        { version: 3, names: ['B'], kept: false },
      ],
    });
    const refused = File.safeParse({ items: [{ version: 7 }] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(
      /^Zapis próbny: zapisano w nowszej wersji asystenta \(7\)/,
    );
    expect(refused.error?.issues[0]?.path).toEqual(['items', 0]);
  });
});

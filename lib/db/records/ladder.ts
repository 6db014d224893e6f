import { z } from 'zod';

/**
 * A record's own upgrade ladder. Stored records that carry a `version` (the process progress, the
 * application snapshot) are read through one: a record of an older version climbs one step per
 * version, then the current zod schema checks it. A record written by a newer release, or one that
 * no schema accepts, is refused with a Polish message and left as it is in the database.
 */

/** One step: a record of version n (its `version` already checked) → the same record in version n + 1. */
export type RecordStep = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export interface RecordLadder<T> {
  /** What the record is, in Polish, starting a sentence: "Postęp procesu". */
  label: string;
  /** The version the current code writes. */
  current: number;
  /** steps[n] takes version n to n + 1, for every n from the oldest readable version to current − 1. */
  steps: Readonly<Record<number, RecordStep>>;
  /** The current shape. */
  schema: z.ZodType<T>;
}

export type RecordProblem = 'newer' | 'unknown-version' | 'invalid';

export type RecordRead<T> =
  | { ok: true; value: T /** The version the record was stored in. */; from: number }
  | { ok: false; problem: RecordProblem; message: string };

/** Thrown by the readers that give back a value: the message is for the clerk. */
export class StoredRecordError extends Error {
  constructor(
    readonly problem: RecordProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StoredRecordError';
  }
}

const NOTHING_LOST = 'Zapisane dane pozostały nienaruszone.';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function upgradeRecord<T>(ladder: RecordLadder<T>, raw: unknown): RecordRead<T> {
  const refuse = (problem: RecordProblem, why: string): RecordRead<T> => ({
    ok: false,
    problem,
    message: `${ladder.label}: ${why} ${NOTHING_LOST}`,
  });
  const from = isObject(raw) ? raw.version : undefined;
  if (typeof from !== 'number' || !Number.isInteger(from))
    return refuse('invalid', 'zapis nie ma numeru wersji, nie da się go odczytać.');
  if (from > ladder.current)
    return refuse('newer', `zapisano w nowszej wersji asystenta (${from}). Zaktualizuj rozszerzenie.`);
  let record = raw as Record<string, unknown>;
  for (let version = from; version < ladder.current; version++) {
    const step = ladder.steps[version];
    if (!step) return refuse('unknown-version', `wersja zapisu ${from} nie jest znana tej wersji asystenta.`);
    try {
      record = step(record);
    } catch {
      // Old data too damaged for its own step to read.
      return refuse('invalid', 'zapis jest uszkodzony, nie da się go odczytać.');
    }
    // A step that forgets to stamp its version would let the next one misread the record.
    if (record.version !== version + 1)
      throw new Error(`${ladder.label}: step ${version} → ${version + 1} returned version ${record.version}`);
  }
  const parsed = ladder.schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (pole ${issue.path.join('.')})` : '';
    return refuse('invalid', `zapis jest uszkodzony${where}, nie da się go odczytać.`);
  }
  return { ok: true, value: parsed.data, from };
}

/** The upgraded record, or a StoredRecordError saying why it cannot be read. */
export function upgradeOrThrow<T>(ladder: RecordLadder<T>, raw: unknown): T {
  const read = upgradeRecord(ladder, raw);
  if (!read.ok) throw new StoredRecordError(read.problem, read.message);
  return read.value;
}

/**
 * A zod schema that accepts the record in any version the ladder reads and gives the current shape:
 * for records arriving in an export file written by an older release.
 */
export function upgradingSchema<T>(ladder: RecordLadder<T>): z.ZodType<T, unknown> {
  return z.unknown().transform((raw, ctx) => {
    const read = upgradeRecord(ladder, raw);
    if (read.ok) return read.value;
    ctx.addIssue({ code: 'custom', message: read.message });
    return z.NEVER;
  });
}

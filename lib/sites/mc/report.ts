import type { FieldReport, FillReport } from '../../autofill/types';

const OK = new Set<FieldReport['status']>(['filled', 'already', 'hint']);

/**
 * One report for the whole MC form: the data fields, then the passwords, then the consent the clerk ticks
 * (hints last, because they are what is left to do).
 */
export function combineReports(data: FillReport, passwords: FieldReport[]): FillReport {
  const hints = data.fields.filter((f) => f.status === 'hint');
  const fields = [...data.fields.filter((f) => f.status !== 'hint'), ...passwords, ...hints];
  return { ...data, finishedAt: new Date().toISOString(), fields, ok: fields.every((f) => OK.has(f.status)) };
}

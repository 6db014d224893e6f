import type { StepRecord, StepStatus } from '@/lib/process';

/** How each status reads in the checklist. */
export const STATUS_LABELS: Record<StepStatus, string> = {
  todo: 'Do zrobienia',
  'in-progress': 'W toku',
  waiting: 'Czeka na odpowiedź',
  done: 'Zrobione',
  blocked: 'Zablokowane',
};

export const COMPLETED_BY_LABELS: Record<NonNullable<StepRecord['completedBy']>, string> = {
  evidence: 'odnotował asystent',
  manual: 'zaznaczono ręcznie',
  implied: 'wynika z dalszych kroków',
};

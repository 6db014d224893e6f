import { For, Show } from 'solid-js';
import type { FieldReport, FillReport } from '@/lib/autofill/types';
import { formatInstant } from '@/lib/text/dates';

const STATUS_TEXT: Record<FieldReport['status'], string> = {
  filled: 'wypełniono',
  already: 'już poprawne',
  'not-found': 'nie znaleziono',
  conflict: 'inna wartość',
  ambiguous: 'do wyboru',
  error: 'błąd',
  hint: 'do zrobienia',
  skipped: 'pominięto',
};

export interface FillReportListProps {
  report: FillReport;
  /** What a fill that needs nothing more is called on this form. */
  okText?: string;
  onOverwrite?: (key: string) => void;
}

/** What the last fill did, field by field, in the words the page panel uses too. */
export function FillReportList(props: FillReportListProps) {
  return (
    <div class="fill-report">
      <p class="meta">
        {props.report.ok ? (props.okText ?? 'Pismo przygotowane') : 'Wymaga uwagi'} ·{' '}
        {formatInstant(props.report.finishedAt)}
      </p>
      <ul>
        <For each={props.report.fields}>
          {(field) => (
            <li class={`st-${field.status}`}>
              <strong>{field.label}</strong>: {STATUS_TEXT[field.status]}
              <p class="hint">{field.message}</p>
              <Show when={field.status === 'conflict' && props.onOverwrite}>
                <button type="button" onClick={() => props.onOverwrite?.(field.key)}>
                  Zastąp<span class="sr-only"> wartość pola {field.label}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

import { createMemo, createSignal, Show } from 'solid-js';
import type { StepId } from '@/lib/process';
import { formatDay, implausibleDay, parseDay, readDayInput, todayIso } from '@/lib/text/dates';
import { recordEvent } from './step-actions';

export interface ManualTickFormProps {
  profileId: string;
  stepId: StepId;
  submitLabel: string;
  /** Set when editing a done step: its day and note. */
  initialDate?: string;
  initialNote?: string;
  /** Distinguishes the ids of an edit form from the tick form of the same step. */
  idSuffix?: string;
  /** A day the date should not precede (the application's printing for the letter), for a warning. */
  notBefore?: { iso: string; what: string };
}

/** A tick for something done outside the browser: the day it happened (today unless changed) and a note. */
export function ManualTickForm(props: ManualTickFormProps) {
  // Typed as dd.mm.rrrr or ISO; shown back as dd.mm.rrrr with the weekday, so the clerk sees what was understood.
  const [date, setDate] = createSignal(formatDay(props.initialDate || todayIso()));
  const [note, setNote] = createSignal(props.initialNote ?? '');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const id = (part: string) => `tick-${props.stepId}${props.idSuffix ?? ''}-${part}`;
  const reading = createMemo(() => readDayInput(date()));
  const warning = createMemo(() => {
    const read = reading();
    if (read.kind !== 'day') return null;
    const today = parseDay(todayIso());
    const before = props.notBefore && parseDay(props.notBefore.iso);
    if (!today) return null;
    return implausibleDay(
      read.day,
      today,
      before ? { day: before, what: props.notBefore?.what ?? '' } : undefined,
    );
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const read = reading();
    if (read.kind === 'empty') {
      setError('Podaj dzień, w którym krok wykonano (dd.mm.rrrr).');
      return;
    }
    if (read.kind === 'invalid') {
      setError(read.message);
      return;
    }
    setBusy(true);
    const trimmed = note().trim();
    const failure = await recordEvent(props.profileId, {
      type: 'manual-tick',
      stepId: props.stepId,
      date: read.iso,
      ...(trimmed ? { note: trimmed } : {}),
    });
    setBusy(false);
    setError(failure ?? '');
  };

  return (
    // noValidate: the browser's own bubbles speak its UI language; ours are Polish and say how to fix it.
    <form class="tick-form" noValidate onSubmit={submit}>
      <div class="tick-fields">
        <div class="field">
          <label for={id('date')}>Data wykonania (dd.mm.rrrr)</label>
          <input
            id={id('date')}
            type="text"
            autocomplete="off"
            value={date()}
            aria-invalid={error() ? 'true' : undefined}
            aria-describedby={`${id('understood')} ${id('warning')} ${id('error')}`}
            onInput={(e) => {
              setDate(e.currentTarget.value);
              setError(''); // a stale error never stays beside a changed date
            }}
          />
          <p class="date-understood" id={id('understood')} aria-live="polite">
            {(() => {
              const read = reading();
              return read.kind === 'day' ? read.understood : '';
            })()}
          </p>
          <Show when={warning()}>
            <p class="date-warning" id={id('warning')} role="status">
              {warning()}
            </p>
          </Show>
        </div>
        <div class="field">
          <label for={id('note')}>Notatka (opcjonalnie)</label>
          <input
            id={id('note')}
            type="text"
            maxLength={500}
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
      </div>
      <p class="error" id={id('error')} role="alert">
        {error()}
      </p>
      <button type="submit" class="primary" disabled={busy()}>
        {props.submitLabel}
      </button>
    </form>
  );
}

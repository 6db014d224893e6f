import { createSignal } from 'solid-js';
import { todayLocal } from '@/components/dates';
import type { StepId } from '@/lib/process';
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
}

/** A tick for something done outside the browser: the day it happened (today unless changed) and a note. */
export function ManualTickForm(props: ManualTickFormProps) {
  const [date, setDate] = createSignal(props.initialDate || todayLocal());
  const [note, setNote] = createSignal(props.initialNote ?? '');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const id = (part: string) => `tick-${props.stepId}${props.idSuffix ?? ''}-${part}`;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!date()) {
      setError('Podaj dzień, w którym krok wykonano.');
      return;
    }
    setBusy(true);
    const trimmed = note().trim();
    const failure = await recordEvent(props.profileId, {
      type: 'manual-tick',
      stepId: props.stepId,
      date: date(),
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
          <label for={id('date')}>Data wykonania</label>
          <input
            id={id('date')}
            type="date"
            value={date()}
            max={todayLocal()}
            aria-invalid={error() ? 'true' : undefined}
            aria-describedby={error() ? id('error') : undefined}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
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

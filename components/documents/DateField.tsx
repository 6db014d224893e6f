import { ERRORS } from '@/lib/documents/application-texts';
import { parseDay, readDayInput } from '@/lib/text/dates';

/**
 * Why the typed date cannot go on a document, or `''`. An empty field is an error only when the
 * document has no date of its own to fall back on.
 */
export function documentDateError(text: string, required: boolean): string {
  if (!text.trim()) return required ? ERRORS.invalidDate(text) : '';
  return parseDay(text) ? '' : ERRORS.invalidDate(text);
}

export interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** From `documentDateError`: shown instead of the hint, and marks the field invalid. */
  error: string;
  /** Said after the day as understood ("Rozumiem: wtorek, 02.03.2026."). */
  hint?: string;
  /** Said while the field is empty (what the document gets then). */
  emptyHint?: string;
}

/** The date printed on a document, typed as dd.mm.rrrr or rrrr-mm-dd, with what was understood under it. */
export function DateField(props: DateFieldProps) {
  const said = () => {
    if (props.error) return props.error;
    const read = readDayInput(props.value);
    if (read.kind === 'day')
      return `${read.understood} ${props.hint ?? 'Można wpisać dd.mm.rrrr albo rrrr-mm-dd.'}`;
    return props.emptyHint ?? '';
  };
  return (
    <div class="field" classList={{ invalid: !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        value={props.value}
        inputmode="numeric"
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={`${props.id}-hint`}
      />
      <p class="hint" id={`${props.id}-hint`} classList={{ error: !!props.error }}>
        {said()}
      </p>
    </div>
  );
}

import { createSignal, Show } from 'solid-js';
import { ErrorAlert } from '@/components/Feedback';
import type { StepView } from '@/lib/process';
import { errorText } from '@/lib/text/errors';
import { openProfileEditor, runStepAction } from './step-actions';

/** Why an action cannot run yet, in Polish, or null when it can. */
function unavailable(step: StepView): string | null {
  const { kind, url } = step.action;
  if (kind === 'open-mc-link' && !url) return 'Link pojawi się tu po zapisaniu zgody MC w kroku 5.';
  if (kind === 'open-url' && !url) return 'Uzupełnij domenę platformy w danych gminy.';
  return null;
}

export function StepActionButton(props: { step: StepView }) {
  const [error, setError] = createSignal('');
  const blocked = () => unavailable(props.step);
  const hintId = () => `action-${props.step.id}-hint`;
  return (
    <Show when={props.step.action.kind !== 'manual-tick'}>
      <div class="step-action">
        <button
          type="button"
          class={props.step.isCurrent ? 'primary' : undefined}
          disabled={blocked() !== null}
          aria-describedby={blocked() ? hintId() : undefined}
          onClick={() =>
            runStepAction(props.step).then(
              () => setError(''),
              (e: unknown) => setError(errorText(e, 'Nie udało się otworzyć strony.')),
            )
          }
        >
          {props.step.action.label}
        </button>
        <Show when={props.step.id === 'epuap-ids'}>
          <button type="button" onClick={() => void openProfileEditor('epuap-ids')}>
            Wpisz identyfikatory ręcznie
          </button>
        </Show>
        <Show when={blocked()}>
          <p class="hint" id={hintId()}>
            {blocked()}
          </p>
        </Show>
        <ErrorAlert error={error()} />
      </div>
    </Show>
  );
}

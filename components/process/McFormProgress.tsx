import { createSignal, Show } from 'solid-js';
import type { ProcessState } from '@/lib/process';
import { formatDay } from '@/lib/text/dates';
import { recordEvent } from './step-actions';

/**
 * The MC form step is done when the form is filled AND the clerk confirms both passwords are kept
 * (the p12 one is needed later to install the key): two confirmations, each shown once given.
 */
export function McFormProgress(props: { profileId: string; state: ProcessState }) {
  const [error, setError] = createSignal('');
  const form = () => props.state.mcForm;
  const run = async (type: 'mc-form-filled' | 'passwords-kept') =>
    setError((await recordEvent(props.profileId, { type })) ?? '');
  return (
    <div class="mc-form-progress">
      <Show
        when={form().filledAt}
        fallback={
          <button type="button" onClick={() => void run('mc-form-filled')}>
            Formularz MC wypełniony i wysłany
          </button>
        }
      >
        {(at) => <p class="confirmed">✓ Formularz MC wypełniony ({formatDay(at())}).</p>}
      </Show>
      <Show
        when={form().passwordsKeptAt}
        fallback={
          <button type="button" onClick={() => void run('passwords-kept')}>
            Oba hasła zapisane (do unieważnienia i do pliku p12)
          </button>
        }
      >
        {(at) => <p class="confirmed">✓ Oba hasła zapisane ({formatDay(at())}).</p>}
      </Show>
      <p class="error" role="alert">
        {error()}
      </p>
    </div>
  );
}

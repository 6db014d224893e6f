import { createSignal, For, Show } from 'solid-js';
import type { RefusalHelp } from '@/lib/process';
import { formatDay } from '@/lib/text/dates';
import { recordEvent } from './step-actions';

type Answer = 'approved' | 'refused';

const ANSWERS: ReadonlyArray<readonly [Answer, string]> = [
  ['approved', 'Zgoda – MC przysłało link do formularza'],
  ['refused', 'Odmowa'],
];

/** MC's answer as the clerk read it in the e-mail: approval with the link, or a refusal. */
export function McDecisionForm(props: { profileId: string }) {
  const [answer, setAnswer] = createSignal<Answer>('approved');
  const [link, setLink] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  // An error about the link never stays once the clerk switches to a refusal (or edits what it was about).
  const choose = (value: Answer) => {
    setAnswer(value);
    setError('');
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (answer() === 'approved' && !link().trim()) {
      setError('Wklej link z e-maila od MC (zaczyna się od https://).');
      return;
    }
    setBusy(true);
    const trimmedReason = reason().trim();
    const failure = await recordEvent(
      props.profileId,
      answer() === 'approved'
        ? { type: 'mc-approved', link: link().trim() }
        : { type: 'mc-refused', ...(trimmedReason ? { reason: trimmedReason } : {}) },
    );
    setBusy(false);
    setError(failure ?? '');
  };

  const invalid = () => (error() ? 'true' : undefined);
  return (
    <form class="mc-decision" noValidate onSubmit={submit}>
      <fieldset>
        <legend>Co odpowiedziało MC?</legend>
        <For each={ANSWERS}>
          {([value, text]) => (
            <label class="check">
              <input
                type="radio"
                name="mc-answer"
                value={value}
                checked={answer() === value}
                onChange={() => choose(value)}
              />
              {text}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={answer() === 'approved'}>
        <div class="field">
          <label for="mc-link">Link z e-maila od MC</label>
          <input
            id="mc-link"
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={link()}
            aria-invalid={invalid()}
            aria-describedby={error() ? 'mc-decision-error' : 'mc-link-hint'}
            onInput={(e) => {
              setLink(e.currentTarget.value);
              setError('');
            }}
          />
          <p class="hint" id="mc-link-hint">
            Skopiuj cały adres z e-maila. Asystent zachowa go na krok „Formularz MC”.
          </p>
        </div>
      </Show>
      <Show when={answer() === 'refused'}>
        <div class="field">
          <label for="mc-reason">Powód odmowy z e-maila (opcjonalnie)</label>
          <textarea
            id="mc-reason"
            rows={3}
            maxLength={2000}
            value={reason()}
            aria-invalid={invalid()}
            aria-describedby={error() ? 'mc-decision-error' : undefined}
            onInput={(e) => {
              setReason(e.currentTarget.value);
              setError('');
            }}
          />
        </div>
      </Show>
      <p class="error" id="mc-decision-error" role="alert">
        {error()}
      </p>
      <button type="submit" class="primary" disabled={busy()}>
        Zapisz odpowiedź MC
      </button>
    </form>
  );
}

/** After a refusal: what to check, and a fresh start that keeps the municipality's data. */
export function RefusalExplanation(props: { profileId: string; help: RefusalHelp }) {
  const [error, setError] = createSignal('');
  const run = async (event: Parameters<typeof recordEvent>[1]) =>
    setError((await recordEvent(props.profileId, event)) ?? '');
  return (
    <div class="refusal">
      <p id="refusal-title" class="refusal-title">
        <strong>
          MC odmówiło{props.help.refusedAt ? ` (zapisano ${formatDay(props.help.refusedAt)})` : ''}.
        </strong>
      </p>
      <Show when={props.help.reason}>
        <p>Powód podany przez MC: „{props.help.reason}”</p>
      </Show>
      <p>{props.help.text}</p>
      <ul class="refusal-checks">
        <For each={props.help.checks}>{(check) => <li>{check}</li>}</For>
      </ul>
      <p class="error" role="alert">
        {error()}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void run({ type: 'restart-after-refusal' })}>
          Zacznij od nowa (dane gminy zostają)
        </button>
        <button type="button" onClick={() => void run({ type: 'undo-tick', stepId: 'mc-decision' })}>
          Cofnij zapis odmowy
        </button>
      </div>
    </div>
  );
}

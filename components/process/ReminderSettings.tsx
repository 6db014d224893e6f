import { createEffect, createSignal } from 'solid-js';
import { send } from '@/lib/messaging/client';
import { errorText } from '@/lib/text/errors';

/** The number of days of waiting for MC after which the extension reminds (one for all municipalities). */
export function ReminderSettings(props: { thresholdDays: number | undefined }) {
  const [days, setDays] = createSignal('');
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal('');
  // Follow the stored value until the clerk types: a refetch must not overwrite what they typed.
  let edited = false;
  createEffect(() => {
    if (!edited && props.thresholdDays !== undefined) setDays(String(props.thresholdDays));
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage('');
    const value = Number(days().trim());
    if (days().trim() === '' || Number.isNaN(value)) {
      setError('Podaj liczbę dni, np. 14.');
      return;
    }
    try {
      const result = await send('settings.put', { waitingThresholdDays: value });
      if (result.ok) {
        edited = false;
        setError('');
        setMessage(`Zapisano: przypomnienie po ${result.settings.waitingThresholdDays} dniach.`);
      } else setError(result.error);
    } catch (e) {
      setError(errorText(e, 'Nie udało się zapisać ustawienia.'));
    }
  };

  return (
    <details class="settings">
      <summary>
        <h2 class="settings-title">Ustawienia przypomnień</h2>
      </summary>
      <form noValidate onSubmit={submit}>
        <div class="field">
          <label for="waiting-threshold">Przypomnij o braku odpowiedzi MC po (dniach)</label>
          <input
            id="waiting-threshold"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={days()}
            aria-invalid={error() ? 'true' : undefined}
            aria-describedby="waiting-threshold-hint waiting-threshold-error"
            onInput={(e) => {
              edited = true;
              setDays(e.currentTarget.value);
            }}
          />
          <p class="hint" id="waiting-threshold-hint">
            Od 1 do 365 dni, wspólne dla wszystkich gmin. Asystent sprawdza to raz dziennie i pokazuje
            powiadomienie.
          </p>
        </div>
        <p class="error" id="waiting-threshold-error" role="alert">
          {error()}
        </p>
        <p class="status" role="status">
          {message()}
        </p>
        <button type="submit">Zapisz ustawienie</button>
      </form>
    </details>
  );
}

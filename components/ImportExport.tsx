import { createSignal, For, Show } from 'solid-js';
import { ErrorAlert } from '@/components/Feedback';
import type { ImportPlanResult } from '@/lib/messages';
import { send } from '@/lib/messaging/client';
import { MUNICIPALITIES, plural } from '@/lib/text/plural';
import { exportFileName } from '@/lib/transfer/format';
import { importFileSizeError } from '@/lib/transfer/import-file';
import { escapeCancels, focusSoon } from './confirm';

type Plan = Extract<ImportPlanResult, { ok: true }>;

export interface ImportExportProps {
  onStatus: (message: string) => void;
}

/** Export of all municipalities to a JSON file, and import with a question for each one already kept. */
export function ImportExport(props: ImportExportProps) {
  const [error, setError] = createSignal('');
  const [pending, setPending] = createSignal<{ text: string; plan: Plan } | null>(null);
  const cancelImport = () => {
    setPending(null);
    focusSoon('#import-start');
  };
  const [replaceIds, setReplaceIds] = createSignal<string[]>([]);
  let fileInput: HTMLInputElement | undefined;

  const exportAll = async () => {
    const file = await send('transfer.export', undefined);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(new Date());
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    props.onStatus(`Wyeksportowano gminy: ${file.profiles.length}.`);
  };

  const chooseFile = async (event: Event & { currentTarget: HTMLInputElement }) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    setError('');
    setPending(null);
    if (!file) return;
    const tooLarge = importFileSizeError(file.size);
    if (tooLarge) return setError(tooLarge);
    const text = await file.text();
    const plan = await send('transfer.plan', { text });
    if (!plan.ok) {
      setError(plan.error);
      return;
    }
    setReplaceIds([]);
    setPending({ text, plan });
  };

  const toggle = (id: string, on: boolean) =>
    setReplaceIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  const apply = async () => {
    const current = pending();
    if (!current) return;
    const result = await send('transfer.apply', { text: current.text, replaceIds: replaceIds() });
    setPending(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    props.onStatus(
      `Zaimportowano: dodano ${result.added}, zastąpiono ${result.replaced}, pominięto ${result.skipped}.`,
    );
  };

  return (
    <section class="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title" class="sr-only">
        Eksport i import
      </h2>
      <div class="actions">
        <button type="button" onClick={exportAll}>
          Eksportuj
        </button>
        <button type="button" id="import-start" onClick={() => fileInput?.click()}>
          Importuj…
        </button>
        <input
          ref={fileInput}
          class="sr-only"
          type="file"
          accept="application/json,.json"
          aria-label="Plik eksportu do zaimportowania"
          tabIndex={-1}
          onChange={chooseFile}
        />
      </div>
      <ErrorAlert error={error()} />
      <Show when={pending()}>
        {(current) => (
          <fieldset class="import-plan" onKeyDown={escapeCancels(cancelImport)}>
            <legend>Import z pliku</legend>
            <p>
              W pliku:{' '}
              {plural(current().plan.additions.length + current().plan.conflicts.length, MUNICIPALITIES)}.
              Nowe (zostaną dodane):{' '}
              {current()
                .plan.additions.map((a) => a.name)
                .join(', ') || 'brak'}
              .
            </p>
            <Show when={current().plan.conflicts.length}>
              <p>Te gminy już są na liście. Zaznacz te, które mają zostać zastąpione danymi z pliku:</p>
              <For each={current().plan.conflicts}>
                {(conflict) => (
                  <label class="check">
                    <input
                      type="checkbox"
                      onChange={(e) => toggle(conflict.existing.id, e.currentTarget.checked)}
                    />
                    Zastąp „{conflict.existing.name}”
                    {conflict.existing.regon ? ` (REGON ${conflict.existing.regon})` : ''}
                  </label>
                )}
              </For>
            </Show>
            <For each={current().plan.warnings ?? []}>
              {(warning) => (
                <p class="notice" role="note">
                  {warning}
                </p>
              )}
            </For>
            <div class="actions">
              <button type="button" class="primary" onClick={apply}>
                Importuj
              </button>
              <button type="button" onClick={cancelImport}>
                Anuluj
              </button>
            </div>
          </fieldset>
        )}
      </Show>
    </section>
  );
}

import { createMemo, createSignal, For, Show } from 'solid-js';
import { escapeCancels, focusSoon } from '@/components/confirm';
import { Feedback } from '@/components/Feedback';
import { loadFonts, saveFile } from '@/components/files';
import { applicationMissingFields, type MissingField } from '@/lib/documents/application-data';
import { applicationsZip } from '@/lib/documents/batch-zip';
import { type ApplicationSnapshot, diffSnapshot } from '@/lib/documents/snapshot';
import { send } from '@/lib/messaging/client';
import { displayName } from '@/lib/profile/name';
import type { Profile } from '@/lib/profile/schema';
import { formatDay, todayIso } from '@/lib/text/dates';
import { errorText } from '@/lib/text/errors';
import { plural } from '@/lib/text/plural';
import { DateField, documentDateError } from './DateField';

export interface BatchSectionProps {
  profiles: Profile[];
  snapshots: Record<string, ApplicationSnapshot>;
}

interface Outcome {
  fileName: string;
  files: string[];
  skipped: Array<{ name: string; missing: MissingField[] }>;
}

const APPLICATIONS = ['wniosek', 'wnioski', 'wniosków'] as const;

/** A coordinator's batch: the applications of every kept municipality in one ZIP, the incomplete listed. */
export function BatchSection(props: BatchSectionProps) {
  const [date, setDate] = createSignal(formatDay(new Date()));
  const [busy, setBusy] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const cancelConfirm = () => {
    setConfirming(false);
    focusSoon('#batch-start');
  };
  const [error, setError] = createSignal('');
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);

  const rows = createMemo(() =>
    props.profiles.map((profile) => {
      const kept = props.snapshots[profile.id];
      return {
        profile,
        missing: applicationMissingFields(profile),
        kept,
        changed: kept ? diffSnapshot(kept, profile) : [],
      };
    }),
  );
  const ready = () => rows().filter((r) => !r.missing.length);
  const changedReady = () => ready().filter((r) => r.changed.length);
  const dateError = () => documentDateError(date(), true);

  const generate = async () => {
    setConfirming(false);
    setError('');
    setOutcome(null);
    setBusy(true);
    try {
      const now = new Date();
      const result = await applicationsZip(props.profiles, { loadFonts, date: date(), now });
      if (result.snapshots.length) {
        const saved = await send('documents.saveSnapshots', { snapshots: result.snapshots });
        if (!saved.ok) {
          setError(saved.message);
          return;
        }
      }
      const fileName = `wnioski-certyfikat-ePUAP-${todayIso(now)}.zip`;
      if (result.files.length) saveFile(result.zip, fileName, 'application/zip');
      setOutcome({ fileName, files: result.files, skipped: result.skipped });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const start = () => {
    setError('');
    if (dateError()) {
      setError(dateError());
      document.getElementById('batch-date')?.focus();
      return;
    }
    if (!ready().length) {
      setError('Żadna gmina nie ma kompletnych danych do wniosku. Uzupełnij dane w oknie rozszerzenia.');
      return;
    }
    if (changedReady().length) {
      setConfirming(true);
      queueMicrotask(() => document.getElementById('batch-confirm')?.focus());
      return;
    }
    void generate();
  };

  const statusText = () => {
    if (busy()) return 'Przygotowywanie wniosków…';
    const files = outcome()?.files.length;
    if (files === undefined) return '';
    return files
      ? `Gotowe: ${outcome()?.fileName}, w archiwum ${plural(files, APPLICATIONS)}.`
      : 'Nie przygotowano żadnego wniosku.';
  };

  return (
    <section aria-labelledby="batch-title" class="doc-section">
      <h2 id="batch-title">Wnioski wszystkich gmin naraz</h2>
      <p class="lead">
        Dla koordynatora, który prowadzi wiele gmin: jeden plik ZIP z wnioskiem (PDF) każdej gminy o
        kompletnych danych. Miejscowość na każdym wniosku to miejscowość urzędu danej gminy.
      </p>

      <table class="batch-table">
        <caption class="sr-only">Gminy i ich gotowość do wniosku</caption>
        <thead>
          <tr>
            <th scope="col">Gmina</th>
            <th scope="col">Dane do wniosku</th>
            <th scope="col">Ostatni wniosek</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(row) => (
              <tr>
                <th scope="row">{displayName(row.profile)}</th>
                <td classList={{ 'batch-missing': row.missing.length > 0 }}>
                  {row.missing.length
                    ? `Brakuje: ${row.missing.map((m) => m.label).join(', ')}`
                    : 'Kompletne'}
                </td>
                <td>
                  {row.kept
                    ? `${row.kept.date}${row.changed.length ? ' (dane gminy zmienione od tego czasu)' : ''}`
                    : '—'}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>

      <div class="form-row">
        <DateField
          id="batch-date"
          label="Data na wnioskach (dd.mm.rrrr)"
          value={date()}
          onInput={setDate}
          error={dateError()}
          hint="Ta sama data na każdym wniosku."
        />
      </div>

      <Show
        when={confirming()}
        fallback={
          <div class="actions">
            <button type="button" class="primary" id="batch-start" disabled={busy()} onClick={start}>
              Przygotuj ZIP z wnioskami ({ready().length} z {props.profiles.length})
            </button>
          </div>
        }
      >
        <div
          class="confirm doc-confirm"
          id="batch-confirm"
          role="alertdialog"
          tabindex="-1"
          aria-labelledby="batch-confirm-title"
          onKeyDown={escapeCancels(cancelConfirm)}
        >
          <p id="batch-confirm-title">
            Dane tych gmin zmieniły się od ich ostatniego wniosku; nowe wnioski zastąpią zapisane dane
            wniosków:{' '}
            {changedReady()
              .map((r) => `${displayName(r.profile)} (${r.changed.map((c) => c.label).join(', ')})`)
              .join('; ')}
            .
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void generate()}>
              Wygeneruj nowe wnioski z aktualnymi danymi
            </button>
            <button type="button" onClick={cancelConfirm}>
              Anuluj
            </button>
          </div>
        </div>
      </Show>

      <Feedback status={statusText()} error={error()} />
      <Show when={outcome()?.skipped.length}>
        <div class="missing-data">
          <p class="missing-title">Pominięto (brakuje danych):</p>
          <ul class="skipped">
            <For each={outcome()?.skipped}>
              {(item) => (
                <li>
                  <strong>{item.name}</strong>: {item.missing.map((m) => m.label).join(', ')}
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </section>
  );
}

import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { escapeCancels, focusSoon } from '@/components/confirm';
import { Feedback } from '@/components/Feedback';
import { loadFonts, openForPrinting, PDF_TYPE, saveFile } from '@/components/files';
import { SnapshotChanges } from '@/components/SnapshotChanges';
import {
  applicationFileName,
  applicationMissingFields,
  applicationNotices,
  defaultPlaceAndDate,
  isDocumentDataError,
  type MissingField,
} from '@/lib/documents/application-data';
import { generateApplication, renderApplicationPdf } from '@/lib/documents/application-pdf';
import { type ApplicationSnapshot, diffSnapshot, type SnapshotChange } from '@/lib/documents/snapshot';
import { send } from '@/lib/messaging/client';
import type { Profile } from '@/lib/profile/schema';
import { formatDay, formatInstant } from '@/lib/text/dates';
import { errorText } from '@/lib/text/errors';
import { DateField, documentDateError } from './DateField';
import { MissingData } from './MissingData';

type Delivery = 'download' | 'print';

export interface ApplicationSectionProps {
  profile: Profile;
  snapshot: ApplicationSnapshot | undefined;
}

/**
 * The paper application: filled from the profile, place and date chosen here. What it printed is
 * kept (snapshot); when the profile changed since, the clerk sees the changes and decides whether a
 * new application replaces the one that may already be signed and sent.
 */
export function ApplicationSection(props: ApplicationSectionProps) {
  const [place, setPlace] = createSignal('');
  const [date, setDate] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [blocking, setBlocking] = createSignal<MissingField[] | null>(null);
  const [confirming, setConfirming] = createSignal<{ delivery: Delivery; changes: SnapshotChange[] } | null>(
    null,
  );

  // A different municipality starts from its own town and today; edits to the same one are kept.
  // A memo, so a re-read of the same profile (after any save) does not count as a change.
  const profileId = createMemo(() => props.profile.id);
  createEffect(
    on(profileId, () => {
      const defaults = defaultPlaceAndDate(props.profile);
      setPlace(defaults.place);
      setDate(defaults.date);
      setBlocking(null);
      setConfirming(null);
      setStatus('');
      setError('');
    }),
  );

  const missing = createMemo(() => applicationMissingFields(props.profile));
  const notices = createMemo(() => applicationNotices(props.profile));
  const changes = createMemo(() => (props.snapshot ? diffSnapshot(props.snapshot, props.profile) : []));
  const dateError = () => documentDateError(date(), false);

  const deliver = async (pdf: Uint8Array, fileName: string, delivery: Delivery) => {
    if (delivery === 'print') await openForPrinting(pdf);
    else saveFile(pdf, fileName, PDF_TYPE);
  };

  const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

  const generate = async (delivery: Delivery) => {
    setConfirming(null);
    setBusy(true);
    try {
      const { pdf, snapshot, fileName } = await generateApplication(props.profile, {
        loadFonts,
        place: place(),
        date: date(),
      });
      // Kept before the file is handed over: the clerk must never hold a printout we did not record.
      const saved = await send('documents.saveSnapshots', { snapshots: [snapshot] });
      if (!saved.ok) {
        setError(saved.message);
        return;
      }
      await deliver(pdf, fileName, delivery);
      setStatus(
        `Wniosek gotowy (${fileName}, ${Math.round(pdf.length / 1024)} KB). Zapisano dane, które wydrukowano, z datą ${snapshot.date}.`,
      );
    } catch (e) {
      if (isDocumentDataError(e)) {
        setBlocking(e.missing);
        focusLater('application-missing');
      } else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const cancelConfirm = () => {
    setConfirming(null);
    focusSoon('#application-download');
  };

  const start = (delivery: Delivery) => async () => {
    setStatus('');
    setError('');
    setBlocking(null);
    if (missing().length) {
      setBlocking(missing());
      focusLater('application-missing');
      return;
    }
    if (dateError()) {
      setError(dateError());
      document.getElementById('application-date')?.focus();
      return;
    }
    if (changes().length) {
      setConfirming({ delivery, changes: changes() });
      focusLater('application-confirm');
      return;
    }
    await generate(delivery);
  };

  /** The application exactly as it was printed, from the kept snapshot (the profile may differ now). */
  const reprint = (delivery: Delivery) => async () => {
    const kept = props.snapshot;
    if (!kept) return;
    setConfirming(null);
    setError('');
    setBusy(true);
    try {
      const pdf = await renderApplicationPdf(kept, { loadFonts });
      await deliver(pdf, applicationFileName(kept.fields, kept.date), delivery);
      setStatus(`Przygotowano wniosek z ${kept.date} bez zmian (dane z chwili jego wygenerowania).`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="application-title" class="doc-section">
      <h2 id="application-title">Wniosek o wydanie certyfikatu dla systemu teleinformatycznego</h2>
      <p class="lead">
        Wniosek wypełnia się danymi gminy. Wydrukuj go, daj do podpisu osobie podpisującej, zeskanuj i dołącz
        skan w zakładce „Skan podpisanego wniosku”.
      </p>

      <MissingData
        profileId={props.profile.id}
        id="application-missing"
        title={blocking() ? 'Nie przygotowano wniosku: brakuje danych gminy.' : 'Do wniosku brakuje:'}
        missing={blocking() ?? missing()}
        alert={!!blocking()}
      />

      <div class="form-row">
        <div class="field">
          <label for="application-place">Miejscowość na wniosku</label>
          <input
            id="application-place"
            value={place()}
            onInput={(e) => setPlace(e.currentTarget.value)}
            aria-describedby="application-place-hint"
          />
          <p class="hint" id="application-place-hint">
            Domyślnie miejscowość urzędu.
          </p>
        </div>
        <DateField
          id="application-date"
          label="Data na wniosku (dd.mm.rrrr)"
          value={date()}
          onInput={(value) => {
            setDate(value);
            // The error was about the date as it was: a changed date starts clean.
            if (error()) setError('');
          }}
          error={dateError()}
          emptyHint={`Domyślnie dzisiejsza data (${formatDay(new Date())}).`}
        />
      </div>

      <For each={notices()}>{(notice) => <p class="notice">{notice}</p>}</For>

      <Show
        when={confirming()}
        fallback={
          <div class="actions">
            <button
              type="button"
              class="primary"
              id="application-download"
              disabled={busy()}
              onClick={start('download')}
            >
              Przygotuj wniosek i pobierz PDF
            </button>
            <button type="button" disabled={busy()} onClick={start('print')}>
              Przygotuj wniosek i otwórz do druku
            </button>
          </div>
        }
      >
        {(pending) => (
          <div
            class="confirm doc-confirm"
            id="application-confirm"
            role="alertdialog"
            tabindex="-1"
            aria-labelledby="application-confirm-title"
            onKeyDown={escapeCancels(cancelConfirm)}
          >
            <p id="application-confirm-title">
              Dane gminy zmieniły się od wniosku z {props.snapshot?.date}. Jeśli tamten wniosek został już
              podpisany lub wysłany, formularz MC musi mieć jego dane, nie nowe.
            </p>
            <SnapshotChanges
              changes={pending().changes}
              caption="Zmiany od wygenerowania wniosku"
              printedHeading="Na wniosku"
            />
            <div class="actions">
              <button type="button" class="primary" onClick={() => void generate(pending().delivery)}>
                Wygeneruj nowy wniosek z aktualnymi danymi
              </button>
              <button type="button" onClick={reprint(pending().delivery)}>
                Zachowaj wniosek z {props.snapshot?.date}
              </button>
              <button type="button" class="link" onClick={cancelConfirm}>
                Anuluj
              </button>
            </div>
          </div>
        )}
      </Show>

      <Feedback status={busy() ? 'Przygotowywanie PDF…' : status()} error={error()} />

      <Show when={props.snapshot}>
        {(kept) => (
          <section class="doc-card" aria-labelledby="snapshot-title">
            <h3 id="snapshot-title">Ostatnio wygenerowany wniosek</h3>
            <p>
              Data na wniosku: <strong>{kept().date}</strong>, miejscowość: <strong>{kept().place}</strong>.
              Wygenerowano {formatInstant(kept().createdAt)}.
            </p>
            <Show
              when={changes().length}
              fallback={<p class="hint">Dane gminy są takie same jak na tym wniosku.</p>}
            >
              <p class="notice">
                Od tego wniosku zmieniono dane gminy. Formularz MC wypełnia się danymi z wniosku, który
                wysłano.
              </p>
              <SnapshotChanges
                changes={changes()}
                caption="Zmiany od wygenerowania wniosku"
                printedHeading="Na wniosku"
              />
            </Show>
            <div class="actions">
              <button type="button" disabled={busy()} onClick={reprint('download')}>
                Pobierz ponownie wniosek z {kept().date}
              </button>
            </div>
          </section>
        )}
      </Show>
    </section>
  );
}

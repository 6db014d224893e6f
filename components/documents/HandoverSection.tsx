import { createEffect, createMemo, createSignal, For, on } from 'solid-js';
import { copyText } from '@/components/clipboard';
import { Feedback } from '@/components/Feedback';
import { loadFonts, openForPrinting, PDF_TYPE, saveFile } from '@/components/files';
import {
  coverSheetFileName,
  isDocumentDataError,
  senderMissingFields,
} from '@/lib/documents/application-data';
import { SIGILLUM_ADDRESS } from '@/lib/documents/application-texts';
import { generateCoverSheetPdf } from '@/lib/documents/cover-sheet';
import { handoverEmailDraft } from '@/lib/documents/handover';
import { send } from '@/lib/messaging/client';
import { emailError } from '@/lib/profile/identifiers';
import type { Profile } from '@/lib/profile/schema';
import { errorText } from '@/lib/text/errors';
import { MissingData } from './MissingData';

export interface HandoverSectionProps {
  profile: Profile;
  coordinatorEmail: string;
}

const COORDINATOR_ERROR =
  'Podaj adres e-mail koordynatora w postaci nazwa@domena.pl, np. koordynator@e-instytucja.pl.';

/**
 * After the certificate arrives: the e-mail handing it to the platform coordinator (never with the
 * p12 password) and the cover sheet for posting the signed report to Sigillum.
 */
export function HandoverSection(props: HandoverSectionProps) {
  const [coordinator, setCoordinator] = createSignal(props.coordinatorEmail);
  const [coordinatorError, setCoordinatorError] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  // What the clerk types stays until the saved address itself changes (not on every re-read).
  const savedCoordinator = createMemo(() => props.coordinatorEmail);
  createEffect(on(savedCoordinator, (saved) => setCoordinator(saved)));

  const draft = createMemo(() =>
    handoverEmailDraft(props.profile, { coordinatorEmail: props.coordinatorEmail }),
  );
  const senderMissing = createMemo(() => senderMissingFields(props.profile));
  const edited = () => coordinator().trim().toLowerCase() !== props.coordinatorEmail;

  const saveCoordinator = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus('');
    const value = coordinator().trim();
    if (!value || emailError(value)) {
      setCoordinatorError(COORDINATOR_ERROR);
      document.getElementById('coordinator-email')?.focus();
      return;
    }
    const result = await send('documents.setCoordinatorEmail', { email: value });
    if (!result.ok) {
      setCoordinatorError(result.message);
      return;
    }
    setCoordinatorError('');
    setStatus(`Zapisano adres koordynatora: ${result.coordinatorEmail}.`);
  };

  const copy = (what: string, text: () => string) => async () => {
    setError('');
    try {
      await copyText(text());
      setStatus(`Skopiowano: ${what}.`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const coverSheet = (delivery: 'download' | 'print') => async () => {
    setError('');
    setStatus('');
    setBusy(true);
    try {
      const now = new Date();
      const pdf = await generateCoverSheetPdf(props.profile, { loadFonts, now });
      if (delivery === 'print') await openForPrinting(pdf);
      else saveFile(pdf, coverSheetFileName(props.profile, now), PDF_TYPE);
      setStatus('Pismo przewodnie gotowe.');
    } catch (e) {
      setError(isDocumentDataError(e) ? e.message : errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="handover-title" class="doc-section">
      <h2 id="handover-title">Po otrzymaniu certyfikatu</h2>
      <p class="lead">
        PCCE Sigillum przysyła e-mailem trzy pliki: dwa z kluczami i PDF „Raport zawartości certyfikatu”.
        Przekaż je koordynatorowi platformy, a podpisany raport wyślij pocztą do Sigillum.
      </p>

      <div class="password-warning" role="note" aria-labelledby="password-warning-title">
        <p id="password-warning-title" class="password-warning-title">
          Hasło do pliku .p12 – tylko innym kanałem
        </p>
        <p>{draft().passwordAdvice}</p>
      </div>

      <h3>1. E-mail do koordynatora platformy</h3>
      <form class="coordinator-form" onSubmit={saveCoordinator} novalidate>
        <div class="field" classList={{ invalid: !!coordinatorError() }}>
          <label for="coordinator-email">Adres e-mail koordynatora</label>
          <input
            id="coordinator-email"
            type="email"
            value={coordinator()}
            onInput={(e) => {
              setCoordinator(e.currentTarget.value);
              setCoordinatorError('');
            }}
            aria-invalid={coordinatorError() ? 'true' : 'false'}
            aria-describedby="coordinator-email-hint"
          />
          <p class="hint" id="coordinator-email-hint" classList={{ error: !!coordinatorError() }}>
            {coordinatorError() ||
              'Instrukcja projektu podaje koordynator@e-instytucja.pl; jeśli koordynator podał inny adres, wpisz go tutaj.'}
          </p>
        </div>
        <button type="submit" disabled={!edited()}>
          Zapisz adres
        </button>
      </form>

      <section class="email-draft" aria-labelledby="draft-title">
        <h4 id="draft-title">Projekt wiadomości</h4>
        <div class="draft-line">
          <span class="draft-label">Do:</span>
          <span class="draft-value">{draft().to}</span>
          <button type="button" onClick={copy('adres', () => draft().to)}>
            Kopiuj<span class="sr-only"> adres</span>
          </button>
        </div>
        <div class="draft-line">
          <span class="draft-label">Temat:</span>
          <span class="draft-value">{draft().subject}</span>
          <button type="button" onClick={copy('temat', () => draft().subject)}>
            Kopiuj<span class="sr-only"> temat</span>
          </button>
        </div>
        <label class="draft-label" for="draft-body">
          Treść:
        </label>
        <textarea id="draft-body" class="draft-body" readonly rows={16} value={draft().body} />
        <div class="actions">
          <button type="button" onClick={copy('treść wiadomości', () => draft().body)}>
            Kopiuj treść
          </button>
          <a class="button-link primary" href={draft().mailto}>
            Otwórz w programie pocztowym
          </a>
        </div>
        <p class="hint">
          Program pocztowy nie dołączy plików sam: dołącz je ręcznie przed wysłaniem. Rozszerzenie niczego nie
          wysyła.
        </p>
        <p class="attachments-title">Załącz pliki od Sigillum:</p>
        <ol class="attachments">
          <For each={draft().attachments}>{(file) => <li>{file}</li>}</For>
        </ol>
      </section>

      <h3>2. Raport zawartości certyfikatu do Sigillum</h3>
      <p>Wydrukuj „Raport zawartości certyfikatu”, podpisz go i wyślij pocztą na adres:</p>
      <address class="postal-address">
        <For each={SIGILLUM_ADDRESS}>{(line) => <span>{line}</span>}</For>
      </address>
      <MissingData
        profileId={props.profile.id}
        id="cover-missing"
        title="Do pisma przewodniego brakuje danych nadawcy:"
        missing={senderMissing()}
      />
      <div class="actions">
        <button
          type="button"
          disabled={busy() || senderMissing().length > 0}
          onClick={coverSheet('download')}
        >
          Pobierz pismo przewodnie (PDF)
        </button>
        <button type="button" disabled={busy() || senderMissing().length > 0} onClick={coverSheet('print')}>
          Otwórz pismo przewodnie do druku
        </button>
      </div>

      <Feedback status={status()} error={error()} />
    </section>
  );
}

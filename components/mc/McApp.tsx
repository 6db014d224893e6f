import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { ReadError } from '@/components/Feedback';
import { FillReportList } from '@/components/FillReportList';
import { Glossary } from '@/components/Glossary';
import { SnapshotChanges } from '@/components/SnapshotChanges';
import type { FillReport } from '@/lib/autofill/types';
import { send } from '@/lib/messaging/client';
import type { McContext } from '@/lib/protocol/mc';
import { mcHostWarning } from '@/lib/protocol/mc-host';
import { checkMcLink } from '@/lib/sites/mc/link';
import { formatDay } from '@/lib/text/dates';
import { errorText } from '@/lib/text/errors';
import type { VaultSecrets } from '@/lib/vault';
import { VAULT_IDLE_MS, watchIdle } from './idle-lock';
import { createMcState } from './mc-state';
import {
  fillFormTab,
  findFormTab,
  openFormTab,
  readFormPasswordRules,
  releaseSiteAccess,
  requestSiteAccess,
  TAB_MESSAGES,
  tabUrl,
} from './mc-tab';
import { VaultSection } from './VaultSection';

/** mc.html, "Formularz MC i hasła": the MC form filled from the printed application, and the two passwords kept. */
export function McApp() {
  const { context, setProfileId } = createMcState();
  // The opened vault's passwords: this page's memory only, dropped when the municipality changes.
  const [secrets, setSecrets] = createSignal<VaultSecrets | null>(null);
  createEffect(
    on(
      () => context()?.profileId,
      (id) => {
        if (secrets() && secrets()?.profileId !== id) setSecrets(null);
      },
    ),
  );
  // Opened and left alone for 10 minutes, the vault closes (the passphrase opens it again).
  const [lockedIdle, setLockedIdle] = createSignal(false);
  createEffect(
    on(secrets, (open) => {
      if (!open) return;
      setLockedIdle(false);
      const watch = watchIdle(() => {
        setSecrets(null);
        setLockedIdle(true);
      });
      onCleanup(watch.stop);
    }),
  );

  return (
    <div class="documents-page mc-page">
      <header class="app-header">
        <h1>Formularz MC i hasła</h1>
        <Show when={(context()?.profiles.length ?? 0) > 1}>
          <div class="profile-picker">
            <label for="mc-profile">Gmina</label>
            <select
              id="mc-profile"
              value={context()?.profileId ?? ''}
              onChange={(e) => {
                setProfileId(e.currentTarget.value);
                void send('profile.setActive', { id: e.currentTarget.value });
              }}
            >
              <For each={context()?.profiles}>{(p) => <option value={p.id}>{p.name}</option>}</For>
            </select>
          </div>
        </Show>
      </header>
      <main class="doc-main">
        <ReadError error={context.error} />
        <Show when={context()} fallback={<p>Wczytywanie…</p>}>
          {(current) => (
            <Show
              when={current().profileId}
              fallback={
                <p class="empty">
                  Nie ma jeszcze żadnej gminy. Dodaj dane gminy w oknie rozszerzenia (ikona Asystent ePUAP na
                  pasku przeglądarki).
                </p>
              }
            >
              <McSteps
                context={current()}
                secrets={secrets()}
                onSecrets={setSecrets}
                lockedIdle={lockedIdle()}
              />
            </Show>
          )}
        </Show>
        <Glossary />
      </main>
    </div>
  );
}

function McSteps(props: {
  context: McContext;
  secrets: VaultSecrets | null;
  onSecrets: (s: VaultSecrets | null) => void;
  lockedIdle: boolean;
}) {
  const profileId = () => props.context.profileId as string;
  const [typedLink, setTypedLink] = createSignal<string | null>(null);
  const link = () => typedLink() ?? props.context.approvalLink ?? '';
  const [linkError, setLinkError] = createSignal('');
  const [tabId, setTabId] = createSignal<number | null>(null);
  const [opened, setOpened] = createSignal('');
  const [fillError, setFillError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [report, setReport] = createSignal<FillReport | null>(null);
  const [keptError, setKeptError] = createSignal('');
  const shownReport = () => report() ?? props.context.lastReport;
  // A link outside gov.pl (typed, recorded or imported) is used only after the clerk confirms that host.
  const [confirmedHost, setConfirmedHost] = createSignal<string | null>(null);
  const checked = () => checkMcLink(link());
  const host = () => {
    const check = checked();
    return check.ok ? new URL(check.url).host : null;
  };
  const hostWarning = () => (checked().ok ? mcHostWarning(link()) : null);
  const needsConfirmation = () => !!hostWarning() && confirmedHost() !== host();

  // The step is done: the MC site's access goes back, nothing of ours can run there any more.
  createEffect(() => {
    const check = checked();
    if (props.context.mcForm.filledAt && props.context.mcForm.passwordsKeptAt && check.ok)
      void releaseSiteAccess(check.origin);
  });

  const open = async () => {
    setLinkError('');
    setOpened('');
    const check = checkMcLink(link());
    if (!check.ok) return setLinkError(check.message);
    if (needsConfirmation()) return setLinkError(HOST_NOT_CONFIRMED);
    try {
      // First thing after the click: the browser only shows its access question during a user gesture.
      if (!(await requestSiteAccess(check.origin))) return setLinkError(TAB_MESSAGES.denied);
      setTabId(await openFormTab(check.url, check.origin));
      setOpened(`Formularz MC jest otwarty w karcie (${new URL(check.url).host}).`);
    } catch (error) {
      setLinkError(errorText(error));
    }
  };

  const fill = async (overwrite: string[] = []) => {
    setFillError('');
    const check = checkMcLink(link());
    const snapshot = props.context.snapshot;
    const secrets = props.secrets;
    if (!check.ok) return setFillError(check.message);
    if (needsConfirmation()) return setFillError(HOST_NOT_CONFIRMED);
    if (!snapshot) return setFillError('Najpierw wygeneruj wniosek – formularz MC musi powtórzyć jego dane.');
    if (!secrets)
      return setFillError('Najpierw otwórz sejf z hasłami (krok 3) – formularz wymaga obu haseł.');
    setBusy(true);
    try {
      if (!(await requestSiteAccess(check.origin))) return setFillError(TAB_MESSAGES.denied);
      const id = (await findFormTab(check.origin, tabId())) ?? (await openFormTab(check.url, check.origin));
      setTabId(id);
      const learned = await send('mc.learned', { url: await tabUrl(id) });
      const result = await fillFormTab(id, {
        expectedOrigin: check.origin,
        profileId: profileId(),
        snapshot,
        passwords: { revocation: secrets.revocation, p12: secrets.p12 },
        learned,
        overwrite,
      });
      setReport(result);
    } catch (error) {
      setFillError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  /** The open MC form's password rules, so the vault's new pair fits them (null: no form open, or not confirmed). */
  const formRules = () => {
    const check = checkMcLink(link());
    if (!check.ok || needsConfirmation()) return Promise.resolve(null);
    return readFormPasswordRules(check.origin, tabId());
  };

  const keep = async (checked: boolean) => {
    setKeptError('');
    if (!checked) return;
    try {
      const result = await send('mc.passwordsKept', { profileId: profileId() });
      if (!result.ok) setKeptError(result.message);
    } catch (error) {
      setKeptError(errorText(error));
    }
  };

  return (
    <>
      <p class="lead">
        Gmina: <strong>{props.context.profileName}</strong>. Formularz MC wypełnia się{' '}
        <strong>danymi z wysłanego wniosku</strong>, a dwa hasła do certyfikatu trzymane są w zaszyfrowanym
        sejfie na tym komputerze. Asystent niczego nie wysyła – formularz wysyłasz sam.
      </p>

      <section class="doc-section" aria-labelledby="mc-data">
        <h2 id="mc-data">1. Dane z wniosku</h2>
        <Show
          when={props.context.snapshot}
          fallback={
            <div class="missing-data" role="alert">
              <p class="missing-title">Najpierw wygeneruj wniosek.</p>
              <p>
                Formularz MC musi zawierać dokładnie te same dane co wniosek wysłany do MC, a Asystent nie ma
                jeszcze zapisanego wniosku tej gminy. <a href="/documents.html#wniosek">Przejdź do wniosku</a>
                .
              </p>
            </div>
          }
        >
          {(snapshot) => (
            <>
              <p>
                Wniosek z dnia {snapshot().date} ({snapshot().place}). Tych danych użyje formularz.
              </p>
              <Show when={props.context.changes.length}>
                <div class="notice" role="note">
                  <p>
                    Dane gminy zmieniły się od wydruku wniosku. Formularz zostanie wypełniony danymi{' '}
                    <strong>z wysłanego wniosku</strong>, bo MC porównuje formularz z wnioskiem. Jeśli wniosek
                    był błędny, zacznij od nowego wniosku:{' '}
                    <a href="/documents.html#wniosek">przygotuj nowy wniosek</a>.
                  </p>
                  <SnapshotChanges
                    class="batch-table changes-table"
                    changes={props.context.changes}
                    caption="Różnice między wnioskiem a obecnymi danymi gminy"
                    printedHeading="We wniosku (zostanie użyte)"
                  />
                </div>
              </Show>
            </>
          )}
        </Show>
      </section>

      <section class="doc-section" aria-labelledby="mc-link">
        <h2 id="mc-link">2. Link do formularza MC</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void open();
          }}
          novalidate
        >
          <div class="field">
            <label for="mc-link-input">Link z e-maila od MC</label>
            <input
              id="mc-link-input"
              type="url"
              value={link()}
              onInput={(e) => setTypedLink(e.currentTarget.value)}
              placeholder="https://…"
              aria-describedby="mc-link-hint"
              spellcheck={false}
            />
            <p class="hint" id="mc-link-hint">
              Przeglądarka zapyta o dostęp do tej jednej strony – to pozwala Asystentowi wpisać dane w
              formularz.
            </p>
          </div>
          <Show when={hostWarning()}>
            {(warning) => (
              <div class="notice" role="alert">
                <p>{warning()}</p>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={confirmedHost() === host()}
                    onChange={(e) => setConfirmedHost(e.currentTarget.checked ? host() : null)}
                  />{' '}
                  Potwierdzam: ten link pochodzi z e-maila od MC, a strona {host()} to formularz MC.
                </label>
              </div>
            )}
          </Show>
          <p class="error" role="alert">
            {linkError()}
          </p>
          <p class="status" role="status">
            {opened()}
          </p>
          <div class="actions">
            <button type="submit">Otwórz formularz MC</button>
          </div>
        </form>
      </section>

      <section class="doc-section" aria-labelledby="mc-vault">
        <h2 id="mc-vault">3. Hasła do certyfikatu</h2>
        <Show when={props.lockedIdle && !props.secrets}>
          <p class="status" role="status">
            Sejf zamknięto po {VAULT_IDLE_MS / 60_000} minutach bez użycia. Otwórz go ponownie hasłem do
            sejfu.
          </p>
        </Show>
        <VaultSection
          profileId={profileId()}
          profileName={props.context.profileName ?? ''}
          vault={props.context.vault}
          secrets={props.secrets}
          onOpen={props.onSecrets}
          formRules={formRules}
        />
      </section>

      <section class="doc-section" aria-labelledby="mc-fill">
        <h2 id="mc-fill">4. Wypełnij formularz MC</h2>
        <p>
          Wpisuje dane z wniosku i oba hasła (każde dwa razy). Oświadczenia i zgody zaznaczasz sam, formularz
          wysyłasz sam.
        </p>
        <p class="error" role="alert">
          {fillError()}
        </p>
        <div class="actions">
          <button type="button" class="primary" disabled={busy()} onClick={() => void fill()}>
            {busy()
              ? 'Wypełnianie…'
              : host()
                ? `Wypełnij formularz MC na ${host()}`
                : 'Wypełnij formularz MC'}
          </button>
        </div>
        <Show when={shownReport()}>
          {(r) => (
            <FillReportList
              report={r()}
              okText="Formularz wypełniony"
              onOverwrite={(key) => void fill([key])}
            />
          )}
        </Show>
      </section>

      <section class="doc-section" aria-labelledby="mc-done">
        <h2 id="mc-done">5. Zakończenie kroku</h2>
        <p>
          Formularz:{' '}
          {props.context.mcForm.filledAt
            ? `wypełniony ${day(props.context.mcForm.filledAt)}`
            : 'jeszcze nie wypełniony'}
          .
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={!!props.context.mcForm.passwordsKeptAt}
            disabled={!!props.context.mcForm.passwordsKeptAt || !props.context.vault}
            onChange={(e) => void keep(e.currentTarget.checked)}
          />{' '}
          Hasła zapisane i przechowane (karta haseł wydrukowana albo hasła w bezpiecznym miejscu)
        </label>
        <p class="error" role="alert">
          {keptError()}
        </p>
        <Show when={props.context.mcForm.filledAt && props.context.mcForm.passwordsKeptAt}>
          <p class="status">
            Krok „Formularz MC i hasła” zakończony. Teraz czekasz na certyfikat od Sigillum.
          </p>
        </Show>
      </section>
    </>
  );
}

const HOST_NOT_CONFIRMED =
  'Ten link prowadzi poza domenę gov.pl. Przeczytaj ostrzeżenie pod polem z linkiem i potwierdź, że to strona MC – albo wklej właściwy link z e-maila od MC.';

const day = (iso: string) => formatDay(iso);

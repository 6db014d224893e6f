import { createSignal, For, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { createAppState } from '@/components/app-state';
import { Feedback } from '@/components/Feedback';
import { ProfileForm } from '@/components/ProfileForm';
import { STEP_DEFINITIONS } from '@/lib/process/steps';
import { emptyProfileInput } from '@/lib/profile/schema';

/** Firefox's sidebar API, missing from the Chrome-shaped types WXT gives. */
interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';
/** Chrome calls it the side panel, Firefox the sidebar: the clerk reads the name their browser uses. */
const PANEL_NAME = IS_FIREFOX ? 'pasek boczny' : 'panel boczny';

/**
 * Chrome's side panel needs the window; Firefox shows the same page as its sidebar. Both need the
 * click that calls this (a user gesture).
 */
async function openStepList(): Promise<void> {
  if (browser.sidePanel) {
    const current = await browser.windows.getCurrent();
    if (current.id !== undefined) await browser.sidePanel.open({ windowId: current.id });
  } else await (browser as unknown as FirefoxSidebar).sidebarAction?.open();
}

/**
 * The first run, opened on install: what the assistant does, the ten steps at a glance, where its
 * buttons are, and one thing to do now: add the municipality, then open the list of steps.
 */
export function WelcomeApp() {
  const { state } = createAppState();
  const [adding, setAdding] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const hasMunicipality = () => (state()?.profiles.length ?? 0) > 0;
  let addButton: HTMLButtonElement | undefined;
  let stepsButton: HTMLButtonElement | undefined;

  const openSteps = async () => {
    setError('');
    try {
      await openStepList();
      setStatus(`Otwarto listę kroków (${PANEL_NAME} przeglądarki).`);
    } catch (e) {
      setError(
        `Nie udało się otworzyć listy kroków: ${e instanceof Error ? e.message : String(e)}. ` +
          'Lista kroków otwiera się też przyciskiem „Otwórz listę kroków” w oknie Asystenta.',
      );
    }
  };

  return (
    <main class="welcome">
      <header class="app-header">
        <h1>Asystent ePUAP: pierwsze kroki</h1>
      </header>
      <p class="lead">
        Asystent prowadzi gminę przez uzyskanie certyfikatu integracji z ePUAP w Ministerstwie Cyfryzacji,
        dzięki któremu mieszkańcy logują się na platformie e-Urząd gminy Profilem Zaufanym.
      </p>

      <section class="start" aria-labelledby="start-title">
        <h2 id="start-title">Od czego zacząć</h2>
        <Show
          when={adding()}
          fallback={
            <>
              <ol class="start-steps">
                <li classList={{ done: hasMunicipality() }}>
                  <span>
                    Dodaj dane gminy: nazwę, adres, REGON, NIP, e-mail urzędu i osobę podpisującą wniosek.
                  </span>
                  <Show when={hasMunicipality()}>
                    <span class="start-done">
                      {' '}
                      Zapisano:{' '}
                      {state()
                        ?.profiles.map((p) => p.municipality || p.officeName)
                        .join(', ')}
                      .
                    </span>
                  </Show>
                </li>
                <li>
                  <span>
                    Otwórz listę kroków: pokazuje, co jest teraz do zrobienia, i sama zaznacza to, co już
                    zrobione.
                  </span>
                </li>
              </ol>
              <div class="actions">
                <button
                  ref={addButton}
                  type="button"
                  classList={{ primary: !hasMunicipality() }}
                  onClick={() => {
                    setStatus('');
                    setAdding(true);
                    // The form replaces this button: the keyboard goes on at its first field.
                    document.getElementById('f-municipality')?.focus();
                  }}
                >
                  {hasMunicipality() ? 'Dodaj kolejną gminę' : 'Dodaj dane gminy'}
                </button>
                <button
                  ref={stepsButton}
                  type="button"
                  classList={{ primary: hasMunicipality() }}
                  onClick={() => void openSteps()}
                >
                  Otwórz listę kroków
                </button>
              </div>
            </>
          }
        >
          <ProfileForm
            draftKey="new"
            initial={state()?.drafts.find((d) => d.key === 'new')?.input ?? emptyProfileInput()}
            restoredAt={state()?.drafts.find((d) => d.key === 'new')?.updatedAt}
            onSaved={(name) => {
              setAdding(false);
              setStatus(`Zapisano: ${name}. Teraz można otworzyć listę kroków.`);
              queueMicrotask(() => stepsButton?.focus());
            }}
            onCancel={() => {
              setAdding(false);
              setStatus('Odrzucono niezapisane zmiany.');
              queueMicrotask(() => addButton?.focus());
            }}
          />
        </Show>
        <Feedback status={status()} error={error()} />
      </section>

      <section aria-labelledby="does-title">
        <h2 id="does-title">Co robi Asystent</h2>
        <ul class="plain-list">
          <li>
            Dane gminy wpisuje się raz. Asystent je sprawdza (REGON, NIP, kod pocztowy, e-mail, domena) i
            przechowuje tylko na tym komputerze.
          </li>
          <li>
            Przygotowuje wniosek o certyfikat do druku, wypełnia tymi danymi pismo ogólne na ePUAP i formularz
            Ministerstwa Cyfryzacji, przechowuje w sejfie dwa hasła z formularza MC.
          </li>
          <li>Prowadzi listę dziesięciu kroków i przypomina, gdy odpowiedź MC się opóźnia.</li>
          <li>
            Niczego nie podpisuje ani nie wysyła: podpis i wysłanie należą do osoby podpisującej, przyciski
            „Podpisz” i „Wyślij” naciska się samodzielnie.
          </li>
        </ul>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">Dziesięć kroków w skrócie</h2>
        <ol class="welcome-steps">
          <For each={STEP_DEFINITIONS}>{(step) => <li>{step.title}</li>}</For>
        </ol>
        <p class="hint">Co dokładnie zrobić w każdym kroku, pokazuje lista kroków.</p>
      </section>

      <section aria-labelledby="where-title">
        <h2 id="where-title">Gdzie są przyciski Asystenta</h2>
        <dl class="where">
          <dt>Okno Asystenta</dt>
          <dd>
            Ikona Asystenta ePUAP na pasku narzędzi przeglądarki (gdy jej nie widać, jest pod ikoną rozszerzeń
            w kształcie puzzla; warto ją przypiąć). Tu są dane gmin, import i eksport, przycisk wypełnienia
            pisma oraz przyciski „Otwórz listę kroków” i „Dokumenty”.
          </dd>
          <dt>Lista kroków ({PANEL_NAME})</dt>
          <dd>
            {IS_FIREFOX
              ? 'Otwiera się przyciskiem „Otwórz listę kroków” tutaj albo w oknie Asystenta, a także z menu Widok → Panel boczny.'
              : 'Otwiera się przyciskiem „Otwórz listę kroków” tutaj albo w oknie Asystenta.'}{' '}
            Zostaje obok otwartej strony, także podczas pracy w ePUAP.
          </dd>
          <dt>Na stronach ePUAP</dt>
          <dd>
            Na stronie „Pismo ogólne do podmiotu publicznego” w prawym dolnym rogu pojawia się przycisk
            „Wypełnij wniosek o certyfikat”. Wypełnia pismo danymi gminy i pokazuje, co zostało wpisane; pismo
            podpisuje się i wysyła samodzielnie.
          </dd>
        </dl>
      </section>
    </main>
  );
}

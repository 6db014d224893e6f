import { createEffect, createSignal, Match, Show, Switch } from 'solid-js';
import { browser } from 'wxt/browser';
import { createAppState } from '@/components/app-state';
import { BannerFromTab } from '@/components/BannerFromTab';
import { focusSoon } from '@/components/confirm';
import { EpuapFillCard } from '@/components/EpuapFillCard';
import { Feedback, ReadError } from '@/components/Feedback';
import { Glossary } from '@/components/Glossary';
import { ImportExport } from '@/components/ImportExport';
import { createTabPage, NextStepCard } from '@/components/NextStepCard';
import { ProfileForm } from '@/components/ProfileForm';
import { ProfileList } from '@/components/ProfileList';
import { createPanelData } from '@/components/process/panel-data';
import { send } from '@/lib/messaging/client';
import { emptyProfileInput, type ProfileInput, profileToInput } from '@/lib/profile/schema';

/** Firefox's sidebar API, missing from the Chrome-shaped types WXT gives. */
interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

type View = { kind: 'list' } | { kind: 'edit'; key: string; initial: ProfileInput; restoredAt?: string };

const editView = (key: string, input: Partial<ProfileInput>, restoredAt?: string): View => ({
  kind: 'edit',
  key,
  initial: { ...emptyProfileInput(), ...input },
  restoredAt,
});

export function PopupApp() {
  const { state } = createAppState();
  const [view, setView] = createSignal<View>({ kind: 'list' });
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const activeId = () => state()?.activeProfileId ?? null;
  const process = createPanelData(activeId);
  const snapshot = () => {
    const current = process.snapshot();
    return current && current.profileId === activeId() ? current : undefined;
  };
  const pismoIsCurrent = () => snapshot()?.view.currentStepId === 'pismo';
  const tabPage = createTabPage();
  const backToList = (message: string, focus: string) => {
    setView({ kind: 'list' });
    setStatus(message);
    // After saving the confirmation is at the top and in view.
    window.scrollTo({ top: 0 });
    focusSoon(focus, '#add-profile');
  };

  // A popup closes whenever focus leaves it: reopen where the clerk was, with what they typed.
  let resumed = false;
  createEffect(() => {
    const current = state();
    if (!current || resumed) return;
    resumed = true;
    const latest = current.drafts
      .filter((d) => d.key === 'new' || current.profiles.some((p) => p.id === d.key))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (latest) setView(editView(latest.key, latest.input, latest.updatedAt));
  });

  const edit = (id: string) => {
    const current = state();
    const profile = current?.profiles.find((p) => p.id === id);
    if (!profile) return;
    const draft = current?.drafts.find((d) => d.key === id);
    setStatus('');
    setView(draft ? editView(id, draft.input, draft.updatedAt) : editView(id, profileToInput(profile)));
  };

  const add = () => {
    const draft = state()?.drafts.find((d) => d.key === 'new');
    setStatus('');
    setView(draft ? editView('new', draft.input, draft.updatedAt) : editView('new', {}));
  };

  const act = (action: () => Promise<unknown>, done: string) => async () => {
    setError('');
    try {
      await action();
      setStatus(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  // Chrome's side panel needs the window; Firefox shows the same page as its sidebar.
  const openSidePanel = async () => {
    if (browser.sidePanel) {
      const current = await browser.windows.getCurrent();
      if (current.id !== undefined) await browser.sidePanel.open({ windowId: current.id });
    } else await (browser as unknown as FirefoxSidebar).sidebarAction?.open();
  };

  return (
    <main class="popup">
      <header class="app-header">
        <h1>Asystent ePUAP</h1>
        <button type="button" class="link" onClick={openSidePanel}>
          Otwórz listę kroków
        </button>
        <button
          type="button"
          class="link"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/documents.html') })}
        >
          Dokumenty
        </button>
      </header>
      <ReadError error={state.error} />
      <Switch>
        <Match when={view().kind === 'edit' && (view() as Extract<View, { kind: 'edit' }>)}>
          {(editing) => (
            <ProfileForm
              draftKey={editing().key}
              initial={editing().initial}
              restoredAt={editing().restoredAt}
              onSaved={(name) => backToList(`Zapisano: ${name}.`, '#popup-status')}
              onCancel={() =>
                backToList(
                  'Odrzucono niezapisane zmiany.',
                  editing().key === 'new'
                    ? '#add-profile'
                    : `[data-profile-id="${editing().key}"] .edit-profile`,
                )
              }
            />
          )}
        </Match>
        <Match when={view().kind === 'list'}>
          <div id="popup-status" tabindex="-1" class="status-anchor">
            <Feedback status={status()} error={error()} />
          </div>
          <Show when={snapshot()}>
            {(current) => (
              <NextStepCard
                snapshot={current()}
                onEditProfile={() => {
                  const id = activeId();
                  if (id) edit(id);
                }}
                onOpenSidePanel={() => void openSidePanel()}
                fill={() => <EpuapFillCard primary tabPage={tabPage()} />}
              />
            )}
          </Show>
          <section aria-labelledby="list-title">
            <div class="section-head">
              <h2 id="list-title">Gminy</h2>
              <button
                type="button"
                id="add-profile"
                classList={{ primary: !state()?.profiles.length }}
                onClick={add}
              >
                Dodaj gminę
              </button>
            </div>
            <Show when={state()} fallback={<p>Wczytywanie…</p>}>
              {(current) => (
                <Show when={current().profiles.length} fallback={<FirstRun />}>
                  <ProfileList
                    profiles={current().profiles}
                    activeProfileId={current().activeProfileId}
                    onEdit={edit}
                    onActivate={(id) =>
                      act(() => send('profile.setActive', { id }), 'Zmieniono aktywną gminę.')()
                    }
                    onDelete={(id) =>
                      act(() => send('profile.delete', { id }), 'Usunięto gminę.')().then(() =>
                        focusSoon(
                          `.profile-card:not([data-profile-id="${id}"]) .edit-profile`,
                          '#add-profile',
                        ),
                      )
                    }
                  />
                </Show>
              )}
            </Show>
            <BannerFromTab onStatus={setStatus} />
            <Show when={state()?.activeProfileId && snapshot() && !pismoIsCurrent()}>
              <EpuapFillCard primary={false} tabPage={tabPage()} />
            </Show>
            <ImportExport onStatus={setStatus} />
          </section>
        </Match>
      </Switch>
      <Glossary />
    </main>
  );
}

/** The welcome page (entrypoints/welcome, built beside this one); the path is not typed until it exists. */
const welcomeUrl = () => (browser.runtime.getURL as (path: string) => string)('/welcome.html');

/** The empty state: what the assistant is for, where its buttons are, and the welcome page. */
function FirstRun() {
  return (
    <div class="first-run">
      <p>
        <strong>Nie ma jeszcze żadnej gminy.</strong> Asystent prowadzi gminę przez 10 kroków do certyfikatu
        integracji z ePUAP: wypełnia wniosek, pismo ogólne na ePUAP i formularz MC, a urząd tylko sprawdza,
        podpisuje i wysyła.
      </p>
      <p>Zacznij od danych gminy („Dodaj gminę”). Listę kroków otwiera „Otwórz listę kroków” u góry.</p>
      <a class="button-link" href={welcomeUrl()} target="_blank" rel="noopener">
        Jak działa Asystent – 10 kroków w skrócie
      </a>
    </div>
  );
}

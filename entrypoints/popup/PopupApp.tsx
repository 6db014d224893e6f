import { createEffect, createSignal, Match, Show, Switch } from 'solid-js';
import { browser } from 'wxt/browser';
import { createAppState } from '@/components/app-state';
import { BannerFromTab } from '@/components/BannerFromTab';
import { EpuapFillCard } from '@/components/EpuapFillCard';
import { Feedback } from '@/components/Feedback';
import { ImportExport } from '@/components/ImportExport';
import { ProfileForm } from '@/components/ProfileForm';
import { ProfileList } from '@/components/ProfileList';
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
      <Show when={state.error}>
        <p class="error" role="alert">
          Nie udało się odczytać danych: {String(state.error?.message ?? state.error)}
        </p>
      </Show>
      <Switch>
        <Match when={view().kind === 'edit' && (view() as Extract<View, { kind: 'edit' }>)}>
          {(editing) => (
            <ProfileForm
              draftKey={editing().key}
              initial={editing().initial}
              restoredAt={editing().restoredAt}
              onSaved={(name) => {
                setView({ kind: 'list' });
                setStatus(`Zapisano: ${name}.`);
              }}
              onCancel={() => {
                setView({ kind: 'list' });
                setStatus('Odrzucono niezapisane zmiany.');
              }}
            />
          )}
        </Match>
        <Match when={view().kind === 'list'}>
          <section aria-labelledby="list-title">
            <div class="section-head">
              <h2 id="list-title">Gminy</h2>
              <button type="button" class="primary" onClick={add}>
                Dodaj gminę
              </button>
            </div>
            <Feedback status={status()} error={error()} />
            <Show when={state()} fallback={<p>Wczytywanie…</p>}>
              {(current) => (
                <Show
                  when={current().profiles.length}
                  fallback={
                    <p class="empty">Nie ma jeszcze żadnej gminy. Dodaj dane swojej gminy, aby zacząć.</p>
                  }
                >
                  <ProfileList
                    profiles={current().profiles}
                    activeProfileId={current().activeProfileId}
                    onEdit={edit}
                    onActivate={(id) =>
                      act(() => send('profile.setActive', { id }), 'Zmieniono aktywną gminę.')()
                    }
                    onDelete={(id) => act(() => send('profile.delete', { id }), 'Usunięto gminę.')()}
                  />
                </Show>
              )}
            </Show>
            <BannerFromTab onStatus={setStatus} />
            <Show when={state()?.activeProfileId}>
              <EpuapFillCard />
            </Show>
            <ImportExport onStatus={setStatus} />
          </section>
        </Match>
      </Switch>
    </main>
  );
}

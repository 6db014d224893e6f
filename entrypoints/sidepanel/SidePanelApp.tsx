import { Show } from 'solid-js';
import { createAppState } from '@/components/app-state';
import { ProfileList } from '@/components/ProfileList';
import { send } from '@/lib/messaging/client';
import { displayName } from '@/lib/profile/completeness';

/** The side panel: for now the municipalities and the active one; the process checklist grows here. */
export function SidePanelApp() {
  const { state } = createAppState();
  const active = () => state()?.profiles.find((p) => p.id === state()?.activeProfileId);
  return (
    <main class="sidepanel">
      <header class="app-header">
        <h1>Asystent ePUAP</h1>
      </header>
      <Show when={state()} fallback={<p>Wczytywanie…</p>}>
        {(current) => (
          <>
            <p class="active-line">
              Aktywna gmina:{' '}
              <strong>
                {active() ? displayName(active() ?? {}) : 'brak — dodaj gminę w oknie rozszerzenia'}
              </strong>
            </p>
            <Show when={current().profiles.length}>
              <h2>Gminy</h2>
              <ProfileList
                profiles={current().profiles}
                activeProfileId={current().activeProfileId}
                onActivate={(id) => void send('profile.setActive', { id })}
              />
            </Show>
          </>
        )}
      </Show>
    </main>
  );
}

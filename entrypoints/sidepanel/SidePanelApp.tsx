import { Index, Show } from 'solid-js';
import { createAppState } from '@/components/app-state';
import { ReadError } from '@/components/Feedback';
import { Glossary } from '@/components/Glossary';
import { MunicipalityOverview } from '@/components/process/MunicipalityOverview';
import { ProgressHeader } from '@/components/process/ProgressHeader';
import { createPanelData } from '@/components/process/panel-data';
import { ReminderSettings } from '@/components/process/ReminderSettings';
import { StepCard } from '@/components/process/StepCard';
import { openProfileEditor } from '@/components/process/step-actions';
import { Timeline } from '@/components/process/Timeline';
import { send } from '@/lib/messaging/client';
import { DEFAULT_WAITING_THRESHOLD_DAYS } from '@/lib/process';
import { displayName } from '@/lib/profile/name';
import type { ProcessSnapshot } from '@/lib/protocol/process';

/**
 * The side panel (Chrome) / sidebar (Firefox): the whole certificate process of the active
 * municipality as a checklist that follows the database, plus the coordinator's overview.
 */
export function SidePanelApp() {
  const { state } = createAppState();
  const activeId = () => state()?.activeProfileId ?? null;
  const active = () => state()?.profiles.find((p) => p.id === activeId());
  const data = createPanelData(activeId);
  const threshold = () => data.settings()?.waitingThresholdDays ?? DEFAULT_WAITING_THRESHOLD_DAYS;
  // While the switch to another municipality loads, never show the previous one's steps under its name.
  const snapshotOf = (profileId: string) => {
    const current = data.snapshot();
    return current?.profileId === profileId ? current : undefined;
  };

  return (
    <main class="sidepanel">
      <header class="app-header">
        <h1>Asystent ePUAP</h1>
        <span class="app-subtitle">lista kroków</span>
      </header>
      <ReadError error={state.error ?? data.snapshot.error} />
      <Show when={state()} fallback={<p>Wczytywanie…</p>}>
        <p class="active-line">
          Aktywna gmina:{' '}
          <strong>
            {active() ? displayName(active() ?? {}) : 'brak — dodaj gminę w oknie rozszerzenia'}
          </strong>
        </p>
        <Show when={(data.overview()?.length ?? 0) > 1}>
          <MunicipalityOverview
            municipalities={data.overview() ?? []}
            onActivate={(id) => void send('profile.setActive', { id })}
          />
        </Show>
        <Show
          when={activeId()}
          keyed
          fallback={
            <div class="no-profile">
              <p>Lista kroków dotyczy jednej gminy. Najpierw dodaj jej dane.</p>
              <button type="button" class="primary" onClick={() => void openProfileEditor()}>
                Dodaj dane gminy
              </button>
            </div>
          }
        >
          {(profileId) => (
            <Show when={snapshotOf(profileId)} fallback={<p>Wczytywanie kroków…</p>}>
              {(snapshot) => <Checklist snapshot={snapshot()} thresholdDays={threshold()} />}
            </Show>
          )}
        </Show>
        <ReminderSettings thresholdDays={data.settings()?.waitingThresholdDays} />
      </Show>
      <Glossary />
    </main>
  );
}

function Checklist(props: { snapshot: ProcessSnapshot; thresholdDays: number }) {
  return (
    <>
      <ProgressHeader view={props.snapshot.view} />
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">Kroki</h2>
        <ol class="steps">
          {/* Index keeps each card (and what is typed in it) while fresh data arrive. */}
          <Index each={props.snapshot.view.steps}>
            {(step) => (
              <StepCard
                step={step()}
                state={props.snapshot.state}
                profileId={props.snapshot.profileId}
                thresholdDays={props.thresholdDays}
              />
            )}
          </Index>
        </ol>
      </section>
      <Timeline entries={props.snapshot.timeline} />
    </>
  );
}

import { For, Show } from 'solid-js';
import type { MunicipalityProgress } from '@/lib/protocol/process';

export interface MunicipalityOverviewProps {
  municipalities: MunicipalityProgress[];
  onActivate: (profileId: string) => void;
}

/** The coordinator's view: every municipality with its current step; switching makes one active. */
export function MunicipalityOverview(props: MunicipalityOverviewProps) {
  return (
    <details class="overview">
      <summary>
        <h2 class="overview-title">Wszystkie gminy ({props.municipalities.length})</h2>
      </summary>
      <ul class="overview-list" aria-label="Wszystkie gminy">
        <For each={props.municipalities}>
          {(item) => (
            <li class="overview-item" classList={{ active: item.active }} data-profile-id={item.profileId}>
              <div class="overview-head">
                <strong>{item.name}</strong>
                <span class="overview-count" title="Zrobione kroki">
                  {item.summary.done}/{item.summary.total}
                </span>
              </div>
              <p class="meta">
                {item.summary.currentStepId ? `Teraz: ${item.summary.currentStepTitle}` : 'Proces zakończony'}
              </p>
              <Show when={item.reminder}>
                {(reminder) => <p class="overview-reminder">Czeka na MC od {reminder().days} dni</p>}
              </Show>
              <Show when={!item.active} fallback={<span class="badge">aktywna</span>}>
                <button type="button" onClick={() => props.onActivate(item.profileId)}>
                  Przełącz<span class="sr-only"> na: {item.name}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}

import { For, Show } from 'solid-js';
import type { TimelineEntry } from '@/lib/process';
import { formatInstant } from '@/lib/text/dates';

/** What happened when, newest first. */
export function Timeline(props: { entries: TimelineEntry[] }) {
  return (
    <section class="timeline-section" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Historia</h2>
      <Show
        when={props.entries.length > 0}
        fallback={<p class="empty">Jeszcze nic nie odnotowano. Wpisy pojawią się przy kolejnych krokach.</p>}
      >
        <ol class="timeline">
          <For each={props.entries}>
            {(entry) => (
              <li>
                <time datetime={entry.at}>{formatInstant(entry.at)}</time>
                <span>{entry.text}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}

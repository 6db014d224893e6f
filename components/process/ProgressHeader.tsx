import { For, Show } from 'solid-js';
import type { ProcessView } from '@/lib/process';

/** How far the municipality is, which step is next, and any reminder that is due. */
export function ProgressHeader(props: { view: ProcessView }) {
  const current = () => props.view.steps.find((step) => step.isCurrent);
  return (
    <section class="progress-header" aria-label="Postęp">
      <div class="progress-line">
        <label for="process-progress">
          Zrobione kroki: <strong>{props.view.progressText.replace('/', ' z ')}</strong>
        </label>
        <Show when={props.view.attempt > 1}>
          <span class="attempt">Podejście {props.view.attempt}</span>
        </Show>
      </div>
      <progress id="process-progress" max={props.view.total} value={props.view.done}>
        {props.view.progressText}
      </progress>
      <Show
        when={current()}
        fallback={<p class="next-step done-all">Wszystkie kroki zrobione. Gratulacje!</p>}
      >
        {(step) => (
          <p class="next-step">
            Teraz:{' '}
            <a
              href={`#step-${step().id}`}
              onClick={(event) => {
                // Moves the focus, not only the view, so the keyboard and screen reader continue there.
                const target = document.getElementById(`step-${step().id}`);
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView({ block: 'start' });
                target.focus();
              }}
            >
              krok {step().number} – {step().title}
            </a>
          </p>
        )}
      </Show>
      <For each={props.view.reminders}>
        {(reminder) => (
          <p class="notice reminder" role="status">
            <strong>Przypomnienie: </strong>
            {reminder.text}
          </p>
        )}
      </For>
    </section>
  );
}

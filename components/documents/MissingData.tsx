import { For, Show } from 'solid-js';
import type { MissingField } from '@/lib/documents/application-data';

export interface MissingDataProps {
  id: string;
  title: string;
  missing: MissingField[];
  /** Announce the list (after a click that could not go on); otherwise it is just shown. */
  alert?: boolean;
}

/** What a document still needs, with the way to fill it in: the popup, where the profile is edited. */
export function MissingData(props: MissingDataProps) {
  return (
    <Show when={props.missing.length}>
      <div class="missing-data" id={props.id} role={props.alert ? 'alert' : undefined} tabindex="-1">
        <p class="missing-title">{props.title}</p>
        <ul>
          <For each={props.missing}>{(item) => <li>{item.label}</li>}</For>
        </ul>
        <p class="hint">
          Uzupełnij je w oknie rozszerzenia (ikona Asystent ePUAP na pasku przeglądarki → Edytuj) albo{' '}
          <a href="/popup.html" target="_blank" rel="noopener">
            otwórz dane gmin w nowej karcie
          </a>
          . Ta strona odświeży się sama po zapisaniu.
        </p>
      </div>
    </Show>
  );
}

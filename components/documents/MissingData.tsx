import { For, Show } from 'solid-js';
import type { MissingField } from '@/lib/documents/application-data';

export interface MissingDataProps {
  id: string;
  title: string;
  missing: MissingField[];
  /** Announce the list (after a click that could not go on); otherwise it is just shown. */
  alert?: boolean;
  /** The municipality the data belong to: the link opens its editing tab on the first missing field. */
  profileId?: string;
}

/** The municipality's editing tab (entrypoints/profile), on the first missing field. */
export function profileEditorHref(profileId?: string): string {
  const query = new URLSearchParams({ focus: 'missing' });
  if (profileId) query.set('id', profileId);
  return `/profile.html?${query}`;
}

/** What a document still needs, with the way to fill it in: the popup or the municipality's editing tab. */
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
          <a href={profileEditorHref(props.profileId)} target="_blank" rel="noopener">
            otwórz dane gminy w nowej karcie
          </a>
          . Ta strona odświeży się sama po zapisaniu.
        </p>
      </div>
    </Show>
  );
}

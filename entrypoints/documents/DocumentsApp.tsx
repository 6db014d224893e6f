import { createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import { ApplicationSection } from '@/components/documents/ApplicationSection';
import { BatchSection } from '@/components/documents/BatchSection';
import { createDocumentsState } from '@/components/documents/documents-state';
import { HandoverSection } from '@/components/documents/HandoverSection';
import { profileEditorHref } from '@/components/documents/MissingData';
import { ScanSection } from '@/components/documents/ScanSection';
import { ReadError } from '@/components/Feedback';
import { Glossary } from '@/components/Glossary';
import { send } from '@/lib/messaging/client';
import { displayName } from '@/lib/profile/name';

/** The page's sections, addressed by the URL's hash so each can be linked to (e.g. from the side panel). */
const SECTIONS = [
  { hash: 'wniosek', title: 'Wniosek' },
  { hash: 'skan', title: 'Skan podpisanego wniosku' },
  { hash: 'przekazanie', title: 'Po otrzymaniu certyfikatu' },
  { hash: 'zbiorczo', title: 'Wszystkie gminy (ZIP)' },
] as const;

type SectionHash = (typeof SECTIONS)[number]['hash'];

function currentSection(): SectionHash {
  const hash = location.hash.replace(/^#/, '');
  return SECTIONS.find((s) => s.hash === hash)?.hash ?? 'wniosek';
}

/** The documents page: the application PDF, the signed scan, the hand-over, the coordinator's batch. */
export function DocumentsApp() {
  const { context } = createDocumentsState();
  const [section, setSection] = createSignal<SectionHash>(currentSection());
  const onHash = () => setSection(currentSection());
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));

  const profile = () => {
    const current = context();
    return current?.profiles.find((p) => p.id === current.profileId);
  };

  return (
    <div class="documents-page">
      <header class="app-header">
        <h1>Asystent ePUAP – dokumenty</h1>
        <Show when={context()?.profiles.length}>
          <div class="profile-picker">
            <label for="documents-profile">Gmina</label>
            <select
              id="documents-profile"
              value={context()?.profileId ?? ''}
              onChange={(e) => void send('profile.setActive', { id: e.currentTarget.value })}
            >
              <For each={context()?.profiles}>{(p) => <option value={p.id}>{displayName(p)}</option>}</For>
            </select>
          </div>
        </Show>
      </header>
      <nav class="doc-tabs" aria-label="Dokumenty">
        <For each={SECTIONS}>
          {(s) => (
            <a href={`#${s.hash}`} aria-current={section() === s.hash ? 'page' : undefined}>
              {s.title}
            </a>
          )}
        </For>
      </nav>
      <main class="doc-main">
        <ReadError error={context.error} />
        <Show when={context()} fallback={<p>Wczytywanie…</p>}>
          {(current) => (
            <Show
              when={section() === 'zbiorczo' || profile()}
              fallback={
                <p class="empty">
                  Nie ma jeszcze żadnej gminy. Dodaj dane gminy w oknie rozszerzenia (ikona Asystent ePUAP na
                  pasku przeglądarki) albo{' '}
                  <a href={profileEditorHref()} target="_blank" rel="noopener">
                    dodaj gminę w nowej karcie
                  </a>
                  .
                </p>
              }
            >
              <Switch>
                <Match when={section() === 'wniosek' && profile()}>
                  {(p) => <ApplicationSection profile={p()} snapshot={current().snapshots[p().id]} />}
                </Match>
                <Match when={section() === 'skan' && profile()}>
                  {(p) => <ScanSection profileId={p().id} scan={current().scan} />}
                </Match>
                <Match when={section() === 'przekazanie' && profile()}>
                  {(p) => <HandoverSection profile={p()} coordinatorEmail={current().coordinatorEmail} />}
                </Match>
                <Match when={section() === 'zbiorczo'}>
                  <BatchSection profiles={current().profiles} snapshots={current().snapshots} />
                </Match>
              </Switch>
            </Show>
          )}
        </Show>
        <Glossary />
      </main>
    </div>
  );
}

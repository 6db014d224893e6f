import { createSignal, Match, Show, Switch } from 'solid-js';
import { createAppState } from '@/components/app-state';
import { Feedback, ReadError } from '@/components/Feedback';
import { Glossary } from '@/components/Glossary';
import { ProfileForm } from '@/components/ProfileForm';
import { emptyProfileInput, type ProfileFieldName, profileToInput } from '@/lib/profile/schema';

/** Where the side panel's buttons point the cursor: the ePUAP identifiers, or whatever is missing. */
const FOCUS: Record<string, readonly ProfileFieldName[] | undefined> = {
  'epuap-ids': ['epuapLogin', 'epuapOrgId'],
  missing: undefined,
};

/**
 * The municipality's data in a tab of its own (profile.html?id=…&focus=missing|epuap-ids): the side
 * panel's "Uzupełnij dane gminy" and "Wpisz identyfikatory ręcznie" open it already editing, with
 * the cursor on the first missing field, laid out for a tab rather than the 440-px popup.
 */
export function ProfileApp() {
  const params = new URLSearchParams(location.search);
  const focus = FOCUS[params.get('focus') ?? 'missing'];
  const { state } = createAppState();
  const [saved, setSaved] = createSignal('');
  const [editing, setEditing] = createSignal(true);
  const [key, setKey] = createSignal(params.get('id') ?? 'new');
  let statusLine: HTMLDivElement | undefined;

  const initial = () => {
    const current = state();
    const draft = current?.drafts.find((d) => d.key === key());
    const profile = current?.profiles.find((p) => p.id === key());
    if (draft) return { input: { ...emptyProfileInput(), ...draft.input }, restoredAt: draft.updatedAt };
    return { input: profile ? profileToInput(profile) : emptyProfileInput(), restoredAt: undefined };
  };
  const [savedId, setSavedId] = createSignal('');
  // Just saved here: known even before the fresh list arrives.
  const known = () =>
    key() === 'new' || key() === savedId() || !!state()?.profiles.some((p) => p.id === key());

  const afterSave = (name: string, id: string) => {
    setSavedId(id);
    setKey(id);
    setSaved(`Zapisano: ${name}. Dane są już w liście kroków; tę kartę można zamknąć.`);
    setEditing(false);
    // The confirmation stands at the top of the page, in view, and takes the focus.
    queueMicrotask(() => {
      window.scrollTo({ top: 0 });
      statusLine?.focus();
    });
  };

  return (
    <main class="profile-page">
      <header class="app-header">
        <h1>Asystent ePUAP – dane gminy</h1>
      </header>
      <div ref={statusLine} tabindex="-1" class="status-anchor">
        <Feedback status={saved()} error="" />
      </div>
      <ReadError error={state.error} />
      <Show when={state()} fallback={<p>Wczytywanie…</p>}>
        <Switch>
          <Match when={!known()}>
            <p class="error" role="alert">
              Tej gminy nie ma już na liście (może została usunięta w innym oknie). Otwórz listę kroków i
              wybierz gminę jeszcze raz.
            </p>
          </Match>
          <Match when={editing()}>
            <ProfileForm
              draftKey={key()}
              initial={initial().input}
              restoredAt={initial().restoredAt}
              focusFields={focus}
              onSaved={afterSave}
              onCancel={() => {
                setSaved('Odrzucono niezapisane zmiany.');
                setEditing(false);
                queueMicrotask(() => document.getElementById('edit-again')?.focus());
              }}
            />
          </Match>
          <Match when={!editing()}>
            <div class="actions">
              <button
                type="button"
                id="edit-again"
                onClick={() => {
                  setSaved('');
                  setEditing(true);
                }}
              >
                Edytuj dane gminy
              </button>
            </div>
          </Match>
        </Switch>
      </Show>
      <Glossary />
    </main>
  );
}

import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { send } from '@/lib/messaging/client';
import { completenessPercent, missingLabels, REQUIREMENTS } from '@/lib/profile/completeness';
import { suggestPlatformDomain } from '@/lib/profile/identifiers';
import { FIELD_GROUPS, FIELD_HINTS, FIELD_LABELS } from '@/lib/profile/labels';
import { displayName } from '@/lib/profile/name';
import {
  type FieldErrors,
  fieldError,
  type ProfileFieldName,
  type ProfileInput,
  SIGNATORY_ROLE_LABELS,
  SIGNATORY_ROLES,
} from '@/lib/profile/schema';
import { formatInstant } from '@/lib/text/dates';
import { errorText } from '@/lib/text/errors';
import { debounce } from './debounce';

export interface ProfileFormProps {
  /** `new` for a municipality being added, otherwise the stored profile's id. */
  draftKey: string;
  initial: ProfileInput;
  restoredAt?: string;
  onSaved: (name: string, id: string) => void;
  onCancel: () => void;
  /**
   * Where the cursor starts: the first of these fields that is empty or wrong (in the form's order),
   * else the first of them; without it, the first empty or wrong field of the application.
   */
  focusFields?: readonly ProfileFieldName[];
}

const DRAFT_DELAY_MS = 300;

/**
 * The municipality's data, checked as the clerk types. Every keystroke is kept as a draft in the
 * database (debounced, flushed when the popup closes), so nothing typed is lost; "Zapisz" turns
 * the draft into the profile once every filled field is valid.
 */
export function ProfileForm(props: ProfileFormProps) {
  const [input, setInput] = createSignal<ProfileInput>({ ...props.initial });
  const [serverErrors, setServerErrors] = createSignal<FieldErrors>({});
  const [summary, setSummary] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  let form: HTMLFormElement | undefined;

  const draft = debounce((value: ProfileInput) => {
    void send('draft.put', { key: props.draftKey, input: value });
  }, DRAFT_DELAY_MS);
  const flush = () => draft.flush();
  onMount(() => {
    window.addEventListener('pagehide', flush);
    // Editing starts where something is to be done, never on <body>.
    const order = FIELD_GROUPS.flatMap((group) => group.fields);
    const required = REQUIREMENTS.application.flatMap((r) => r.anyOf) as readonly ProfileFieldName[];
    const wanted = props.focusFields?.length ? props.focusFields : required;
    const needsWork = (name: ProfileFieldName) => !input()[name].trim() || !!errorOf(name);
    const first =
      order.find((name) => wanted.includes(name) && needsWork(name)) ??
      order.find((name) => wanted.includes(name)) ??
      'municipality';
    const field = form?.querySelector<HTMLElement>(`#f-${first}`);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  });
  onCleanup(() => {
    window.removeEventListener('pagehide', flush);
    flush();
  });

  const errorOf = (name: ProfileFieldName) => {
    const value = input()[name];
    return serverErrors()[name] ?? (value.trim() ? fieldError(name, value) : null);
  };
  const percent = createMemo(() => completenessPercent(input()));
  const missing = createMemo(() => missingLabels(input(), 'application'));
  const domainSuggestion = createMemo(() =>
    input().platformDomain.trim() ? null : suggestPlatformDomain(input().email),
  );

  const update = (name: ProfileFieldName, value: string) => {
    const next = { ...input(), [name]: value };
    setInput(next);
    setServerErrors(({ [name]: _dropped, ...rest }) => rest);
    draft.call(next);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    draft.flush();
    setSaving(true);
    try {
      const result = await send('profile.save', {
        id: props.draftKey === 'new' ? null : props.draftKey,
        input: input(),
      });
      if (result.ok) {
        draft.cancel();
        props.onSaved(displayName(result.profile), result.profile.id);
        return;
      }
      setServerErrors(result.errors);
      setSummary(result.message);
      const first = Object.keys(result.errors)[0];
      if (first) form?.querySelector<HTMLElement>(`#f-${first}`)?.focus();
    } catch (error) {
      setSummary(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  const cancel = async () => {
    draft.cancel();
    await send('draft.discard', { key: props.draftKey });
    props.onCancel();
  };

  return (
    <form ref={form} class="profile-form" onSubmit={save} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{props.draftKey === 'new' ? 'Nowa gmina' : 'Dane gminy'}</h2>
      <Show when={props.restoredAt}>
        <p class="notice" role="status">
          Przywrócono niezapisane zmiany z {formatInstant(props.restoredAt ?? '')}.
        </p>
      </Show>
      <div class="completeness">
        <label for="completeness-bar">Dane do wniosku: {percent()}%</label>
        <progress id="completeness-bar" max="100" value={percent()} />
        <p class="hint">
          {missing().length
            ? `Do wniosku brakuje: ${missing().join(', ')}.`
            : 'Są wszystkie dane potrzebne do wniosku.'}{' '}
          Kod TERYT i telefon są opcjonalne i nie liczą się do procentu.
        </p>
      </div>
      <For each={FIELD_GROUPS}>
        {(group) => (
          <fieldset>
            <legend>{group.title}</legend>
            <For each={group.fields}>
              {(name) => (
                <div class="field" classList={{ invalid: !!errorOf(name) }}>
                  <label for={`f-${name}`}>{FIELD_LABELS[name]}</label>
                  <Show
                    when={name === 'signatoryRole'}
                    fallback={
                      <input
                        id={`f-${name}`}
                        name={name}
                        type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
                        value={input()[name]}
                        autocomplete="off"
                        spellcheck={false}
                        aria-invalid={errorOf(name) ? 'true' : 'false'}
                        aria-describedby={`f-${name}-hint f-${name}-error`}
                        onInput={(e) => update(name, e.currentTarget.value)}
                      />
                    }
                  >
                    <select
                      id={`f-${name}`}
                      name={name}
                      value={input()[name]}
                      aria-describedby={`f-${name}-hint f-${name}-error`}
                      onChange={(e) => update(name, e.currentTarget.value)}
                    >
                      <option value="">— wybierz —</option>
                      <For each={SIGNATORY_ROLES}>
                        {(role) => <option value={role}>{SIGNATORY_ROLE_LABELS[role]}</option>}
                      </For>
                    </select>
                  </Show>
                  <p class="hint" id={`f-${name}-hint`}>
                    {FIELD_HINTS[name] ?? ''}
                  </p>
                  <Show when={name === 'platformDomain' && domainSuggestion()}>
                    <p class="suggestion">
                      Podpowiedź z adresu e-mail: <strong>{domainSuggestion()}</strong>{' '}
                      <button
                        type="button"
                        class="link"
                        onClick={() => update('platformDomain', domainSuggestion() ?? '')}
                      >
                        Użyj
                      </button>
                    </p>
                  </Show>
                  <p class="error" id={`f-${name}-error`} aria-live="polite">
                    {errorOf(name) ?? ''}
                  </p>
                </div>
              )}
            </For>
          </fieldset>
        )}
      </For>
      <p class="error summary" role="alert">
        {summary()}
      </p>
      <div class="actions sticky">
        <button type="submit" class="primary" disabled={saving()}>
          Zapisz
        </button>
        <button type="button" onClick={cancel}>
          Odrzuć zmiany
        </button>
      </div>
    </form>
  );
}

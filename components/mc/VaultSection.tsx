import { createSignal, For, type JSX, Show } from 'solid-js';
import { CLIPBOARD_CLEAR_MS, copySecret } from '@/components/clipboard';
import { loadFonts, openForPrinting } from '@/components/files';
import { generatePasswordSheetPdf } from '@/lib/documents/password-sheet';
import { send } from '@/lib/messaging/client';
import { formatInstant } from '@/lib/text/dates';
import { errorText } from '@/lib/text/errors';
import {
  CHARACTER_CLASSES,
  type CharacterClass,
  DEFAULT_PASSWORD_LENGTH,
  DEFAULT_SYMBOLS,
  describeConstraints,
  generatePasswordPair,
  generatePasswordPairFitting,
  MIN_PASSPHRASE_LENGTH,
  openVault,
  type PagePasswordConstraints,
  parsePasswordRules,
  passphraseError,
  passphraseStrength,
  sealVault,
  type VaultSecrets,
} from '@/lib/vault';

const CLASS_LABELS: Record<CharacterClass, string> = {
  lower: 'małe litery',
  upper: 'wielkie litery',
  digits: 'cyfry',
  symbols: 'znaki specjalne',
};

const MISMATCH = 'Hasła do sejfu różnią się. Wpisz to samo hasło w obu polach.';

export interface VaultSectionProps {
  profileId: string;
  profileName: string;
  vault: { createdAt: string } | null;
  /** The opened vault's passwords, in this page's memory only. */
  secrets: VaultSecrets | null;
  onOpen: (secrets: VaultSecrets | null) => void;
  /**
   * The password rules the open MC form states (read in its tab), or null without one: new passwords
   * are made to fit them, so the pair kept in the vault is the pair the form accepts.
   */
  formRules?: () => Promise<PagePasswordConstraints | null>;
}

/**
 * The two passwords: generated here, sealed here with the clerk's passphrase (only the envelope goes to
 * the background), opened here. They reach the DOM only when the clerk presses "Pokaż".
 */
export function VaultSection(props: VaultSectionProps) {
  const [replacing, setReplacing] = createSignal(false);
  const [fitNote, setFitNote] = createSignal('');
  return (
    <>
      <Show when={props.secrets && fitNote()}>
        <p class="status" role="status">
          {fitNote()}
        </p>
      </Show>
      <Show
        when={props.secrets}
        fallback={
          <Show
            when={!replacing() && props.vault}
            fallback={
              <CreateVault
                {...props}
                replace={!!props.vault}
                onCancel={() => setReplacing(false)}
                onFitted={setFitNote}
              />
            }
          >
            {(vault) => (
              <UnlockVault {...props} createdAt={vault().createdAt} onReplace={() => setReplacing(true)} />
            )}
          </Show>
        }
      >
        {(secrets) => <OpenedVault {...props} secrets={secrets()} />}
      </Show>
    </>
  );
}

function CreateVault(
  props: VaultSectionProps & { replace: boolean; onCancel: () => void; onFitted: (note: string) => void },
) {
  const [length, setLength] = createSignal(String(DEFAULT_PASSWORD_LENGTH));
  const [classes, setClasses] = createSignal<CharacterClass[]>([...CHARACTER_CLASSES]);
  const [symbols, setSymbols] = createSignal(DEFAULT_SYMBOLS);
  const [noLookAlikes, setNoLookAlikes] = createSignal(true);
  const [first, setFirst] = createSignal('');
  const [second, setSecond] = createSignal('');
  const [agreed, setAgreed] = createSignal(false);
  const [errors, setErrors] = createSignal<string[]>([]);
  const [busy, setBusy] = createSignal(false);

  const toggle = (c: CharacterClass, on: boolean) =>
    setClasses((list) => (on ? [...list, c] : list.filter((x) => x !== c)));

  const create = async (event: Event) => {
    event.preventDefault();
    const rules = parsePasswordRules({
      length: Number(length()),
      classes: CHARACTER_CLASSES.filter((c) => classes().includes(c)),
      symbols: symbols(),
      excludeLookAlikes: noLookAlikes(),
    });
    const problems = [
      ...(rules.ok ? [] : rules.messages),
      ...[passphraseError(first(), [props.profileName])].filter((m): m is string => m !== null),
      ...(first() === second() ? [] : [MISMATCH]),
      ...(props.replace && !agreed() ? ['Zaznacz, że rozumiesz, iż stare hasła zostaną zastąpione.'] : []),
    ];
    setErrors(problems);
    if (problems.length || !rules.ok) return;
    setBusy(true);
    try {
      // With the MC form open, its stated rules (read in its tab) shape the pair; else the clerk's rules.
      const stated = (await props.formRules?.()) ?? null;
      const pair = stated
        ? generatePasswordPairFitting(stated, rules.rules)
        : generatePasswordPair(rules.rules);
      const secrets: VaultSecrets = {
        ...pair,
        createdAt: new Date().toISOString(),
        profileId: props.profileId,
      };
      const envelope = await sealVault(secrets, first());
      const stored = await send('mc.storeVault', {
        profileId: props.profileId,
        envelope,
        replace: props.replace,
      });
      if (!stored.ok) {
        setErrors([stored.message]);
        return;
      }
      setFirst('');
      setSecond('');
      props.onFitted(stated ? describeConstraints(stated) : '');
      props.onCancel();
      props.onOpen({ ...secrets, createdAt: stored.createdAt });
    } catch (error) {
      setErrors([errorText(error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="vault-create" onSubmit={create} novalidate>
      <Show when={props.replace}>
        <div class="notice" role="note">
          <p>
            Nowe hasła <strong>zastąpią</strong> zapisane w sejfie. Rób to tylko wtedy, gdy formularz MC nie
            został jeszcze wysłany ze starymi hasłami – inaczej będą potrzebne właśnie one.
          </p>
          <label class="check">
            <input type="checkbox" checked={agreed()} onChange={(e) => setAgreed(e.currentTarget.checked)} />{' '}
            Rozumiem, stare hasła przepadną
          </label>
        </div>
      </Show>
      <fieldset>
        <legend>Zasady haseł (takie, jakie przyjmuje formularz MC)</legend>
        <p class="hint">
          Jeśli formularz MC podaje inne wymagania (np. najwyżej 16 znaków albo bez niektórych znaków
          specjalnych), ustaw je tutaj przed wygenerowaniem haseł.
        </p>
        <div class="form-row">
          <div class="field">
            <label for="mc-length">Długość każdego hasła (znaki)</label>
            <input
              id="mc-length"
              type="number"
              min="12"
              max="128"
              value={length()}
              onInput={(e) => setLength(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="mc-symbols">Dozwolone znaki specjalne</label>
            <input
              id="mc-symbols"
              value={symbols()}
              onInput={(e) => setSymbols(e.currentTarget.value)}
              spellcheck={false}
            />
          </div>
        </div>
        <fieldset class="check-row">
          <legend class="sr-only">Rodzaje znaków w każdym haśle</legend>
          <For each={CHARACTER_CLASSES}>
            {(c) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={classes().includes(c)}
                  onChange={(e) => toggle(c, e.currentTarget.checked)}
                />{' '}
                {CLASS_LABELS[c]}
              </label>
            )}
          </For>
          <label class="check">
            <input
              type="checkbox"
              checked={noLookAlikes()}
              onChange={(e) => setNoLookAlikes(e.currentTarget.checked)}
            />{' '}
            bez znaków łatwych do pomylenia (0 O 1 l I)
          </label>
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>Hasło do sejfu</legend>
        <p class="hint">
          Oba hasła do certyfikatu zostaną zaszyfrowane tym hasłem i zapisane tylko na tym komputerze. Wybierz
          co najmniej {MIN_PASSPHRASE_LENGTH} znaków, np. kilka słów. Bez niego sejfu nie da się otworzyć –
          nikt go nie odzyska.
        </p>
        <div class="form-row">
          <PasswordField
            id="mc-pass-1"
            label="Hasło do sejfu"
            autocomplete="new-password"
            value={first()}
            onInput={setFirst}
            describedBy="mc-pass-strength"
          >
            <p class="hint" id="mc-pass-strength" aria-live="polite">
              <Show when={first()}>
                {(() => {
                  const strength = () => passphraseStrength(first(), [props.profileName]);
                  return <>Siła hasła: {strength().label}.</>;
                })()}
              </Show>
            </p>
          </PasswordField>
          <PasswordField
            id="mc-pass-2"
            label="Powtórz hasło do sejfu"
            autocomplete="new-password"
            value={second()}
            onInput={setSecond}
          />
        </div>
      </fieldset>
      <div role="alert" class="error-list">
        <For each={errors()}>{(message) => <p class="error">{message}</p>}</For>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? 'Szyfrowanie…' : 'Wygeneruj hasła i zapisz w sejfie'}
        </button>
        <Show when={props.replace}>
          <button type="button" onClick={props.onCancel}>
            Anuluj
          </button>
        </Show>
      </div>
    </form>
  );
}

function UnlockVault(props: VaultSectionProps & { createdAt: string; onReplace: () => void }) {
  const [passphrase, setPassphrase] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const unlock = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const envelope = await send('mc.vault', { profileId: props.profileId });
      if (!envelope) return setError('Sejf tej gminy zniknął (może usunięto gminę). Odśwież stronę.');
      const opened = await openVault(envelope, passphrase());
      // The typed passphrase stays in the field after a mistake, so the clerk can correct it.
      if (!opened.ok) return setError(opened.message);
      if (opened.secrets.profileId !== props.profileId)
        return setError('Ten sejf należy do innej gminy. Wybierz właściwą gminę u góry strony.');
      setPassphrase('');
      props.onOpen(opened.secrets);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={unlock} novalidate>
      <p>
        Hasła są w sejfie od {formatInstant(props.createdAt)}. Otwórz sejf, aby je zobaczyć, skopiować,
        wydrukować albo wpisać w formularz MC.
      </p>
      <div class="form-row">
        <PasswordField
          id="mc-unlock"
          label="Hasło do sejfu"
          autocomplete="current-password"
          value={passphrase()}
          onInput={setPassphrase}
        />
      </div>
      <p class="error" role="alert">
        {error()}
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? 'Otwieranie…' : 'Otwórz sejf'}
        </button>
        <button type="button" class="link" onClick={props.onReplace}>
          Wygeneruj nowe hasła…
        </button>
      </div>
    </form>
  );
}

function OpenedVault(props: VaultSectionProps & { secrets: VaultSecrets }) {
  const [shown, setShown] = createSignal<Record<string, boolean>>({});
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const rows = () => [
    { key: 'revocation', label: 'Hasło do unieważnienia certyfikatu', value: props.secrets.revocation },
    { key: 'p12', label: 'Hasło do pliku p12', value: props.secrets.p12 },
  ];
  const copy = async (label: string, value: string) => {
    setError('');
    try {
      await copySecret(value);
      setStatus(
        `Skopiowano: ${label.toLowerCase()}. Wklej je tylko tam, gdzie jest potrzebne – schowek zostanie wyczyszczony za ${CLIPBOARD_CLEAR_MS / 1000} sekund.`,
      );
    } catch (e) {
      setError(errorText(e));
    }
  };
  const print = async () => {
    setError('');
    try {
      const bytes = await generatePasswordSheetPdf({
        municipality: props.profileName,
        revocation: props.secrets.revocation,
        p12: props.secrets.p12,
        createdAt: props.secrets.createdAt,
        loadFonts,
      });
      await openForPrinting(bytes);
      setStatus('Karta haseł otwarta w nowej karcie – wydrukuj ją i zamknij tę kartę.');
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div class="vault-open">
      <p class="status" role="status">
        Sejf otwarty. {status()}
      </p>
      <dl class="facts passwords">
        <For each={rows()}>
          {(row) => (
            <>
              <dt>{row.label}</dt>
              <dd>
                <Show
                  when={shown()[row.key]}
                  fallback={
                    <span>
                      <span aria-hidden="true">••••••••••••</span>
                      <span class="sr-only">hasło ukryte</span>
                    </span>
                  }
                >
                  <code class="password-value" data-password={row.key}>
                    {row.value}
                  </code>
                </Show>{' '}
                <button type="button" onClick={() => setShown((s) => ({ ...s, [row.key]: !s[row.key] }))}>
                  {shown()[row.key] ? 'Ukryj' : 'Pokaż'}
                  <span class="sr-only"> {row.label.toLowerCase()}</span>
                </button>{' '}
                <button type="button" onClick={() => void copy(row.label, row.value)}>
                  Kopiuj<span class="sr-only"> {row.label.toLowerCase()}</span>
                </button>
              </dd>
            </>
          )}
        </For>
      </dl>
      <p class="error" role="alert">
        {error()}
      </p>
      <div class="actions">
        <button type="button" onClick={() => void print()}>
          Drukuj kartę haseł (PDF)
        </button>
        <button type="button" onClick={() => props.onOpen(null)}>
          Zamknij sejf
        </button>
      </div>
    </div>
  );
}

/** A labelled password input of the vault's forms (new passphrase, its repetition, unlocking). */
function PasswordField(props: {
  id: string;
  label: string;
  autocomplete: 'new-password' | 'current-password';
  value: string;
  onInput: (value: string) => void;
  describedBy?: string;
  children?: JSX.Element;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autocomplete={props.autocomplete}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-describedby={props.describedBy}
      />
      {props.children}
    </div>
  );
}

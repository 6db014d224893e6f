import { For } from 'solid-js';
import { GLOSSARY } from '@/lib/text/glossary';

/** The four words the assistant keeps apart, the same on every page (lib/text/glossary.ts). */
export function Glossary() {
  return (
    <details class="glossary">
      <summary>Słowniczek: wniosek, pismo ogólne, osoba podpisująca, osoba z loginem ePUAP</summary>
      <dl>
        <For each={GLOSSARY}>
          {(entry) => (
            <>
              <dt>{entry.text[0]?.toUpperCase() + entry.text.slice(1)}</dt>
              <dd>{entry.meaning}</dd>
            </>
          )}
        </For>
      </dl>
    </details>
  );
}

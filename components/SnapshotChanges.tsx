import { For } from 'solid-js';
import type { SnapshotChange } from '@/lib/documents/snapshot';

export interface SnapshotChangesProps {
  changes: SnapshotChange[];
  /** Read by screen readers (and tests) as the table's name. */
  caption: string;
  printedHeading: string;
  class?: string;
}

/** What differs between the printed application and the municipality's data now, field by field. */
export function SnapshotChanges(props: SnapshotChangesProps) {
  return (
    <table class={props.class ?? 'changes'}>
      <caption class="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Pole</th>
          <th scope="col">{props.printedHeading}</th>
          <th scope="col">Teraz w danych gminy</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.changes}>
          {(change) => (
            <tr>
              <th scope="row">{change.label}</th>
              <td>{change.printed || '(puste)'}</td>
              <td>{change.current || '(puste)'}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

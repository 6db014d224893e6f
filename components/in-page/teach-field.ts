import { collectDocuments, findFillableControl } from '@/lib/autofill';
import type { FieldReport } from '@/lib/autofill/types';
import type { PageUi } from './page-ui';

/**
 * "Wskaż pole": the clerk's next click on the page (in any same-origin frame) names the control for
 * a field the fill did not find. Esc or "Anuluj" gives up. The click itself does nothing on the page.
 * Synthetic events (`isTrusted` false) are ignored.
 */
export function teachField(
  ui: PageUi,
  field: FieldReport,
  options: { allowButtons?: boolean },
  onPicked: (control: Element) => void,
): void {
  const documents = collectDocuments(document).map((frame) => frame.doc);
  const stop = () => {
    for (const doc of documents) {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
    }
  };
  const cancel = () => {
    stop();
    ui.message('Asystent ePUAP', 'Anulowano wskazywanie pola.');
  };
  // Only the clerk's own input counts: a page script's synthetic click must not teach a lasting mapping.
  const onKey = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') cancel();
  };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || ui.owns(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    const control = findFillableControl(event.target, options);
    if (!control) {
      ui.message(
        'Wskaż pole',
        'To nie jest pole formularza. Kliknij pole, w które wpisuje się tekst, albo naciśnij Esc.',
        true,
      );
      return;
    }
    stop();
    onPicked(control);
  };
  for (const doc of documents) {
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
  }
  ui.picking(field.label, cancel);
}

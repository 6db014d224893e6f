// @vitest-environment happy-dom
// An editor drawn in the page (Summernote, CKEditor 5) hides the page's textarea and shows an editing
// host whose own name is the editor's ("Edytor tekstu sformatowanego, main"): the person reads the
// textarea's label, so the host is named by it, past the editor's own unnamed code-view textarea. And an
// editor body in an iframe is one field, though the engine meets it in the page and in the frame.
import { describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import type { Recipe } from '../../../lib/autofill/types';
import { openVariant, type Variant } from '../corpus/harness';

const FAST = { timeoutMs: 1500, settleMs: 50 };
const recipe: Recipe = {
  id: 'test/tresc',
  title: 'Treść',
  fields: [
    {
      key: 'tresc',
      label: 'Treść pisma',
      labels: ['Treść pisma'],
      kind: 'textarea',
      value: { const: 'Proszę o certyfikat' },
    },
  ],
};

async function fill(
  markup: string,
  read: (doc: Document) => string,
): Promise<{ status: string; text: string }> {
  const variant = {
    id: 'engine-editor-host',
    form: 'pismo',
    description: '',
    dimensions: {},
    origin: 'hand',
    files: { 'index.html': `<!doctype html><html lang="pl"><body>${markup}</body></html>` },
    script: [],
    expected: {},
    outcome: 'filled',
  } satisfies Variant;
  const page = await openVariant(variant);
  try {
    const { report } = await applyPlan(buildPlan(recipe), page.document, FAST);
    return { status: (report.fields[0] as FieldReport).status, text: read(page.document) };
  } finally {
    await page.close();
  }
}

const hostText = (doc: Document): string => doc.querySelector('.host')?.textContent?.trim() ?? '';

describe('an editor is found once, by the textarea it replaces', () => {
  it('names an editing host after a hidden labelled textarea, past its own code-view textarea', async () => {
    const result = await fill(
      `<form><label for="t">Treść pisma</label><textarea id="t" name="t" style="display:none"></textarea>
      <div class="editor"><div class="toolbar"><button type="button" aria-label="Pogrubienie">B</button></div>
      <div class="area"><div class="placeholder">Wpisz treść</div><textarea class="code" style="display:none"></textarea>
      <div class="host" contenteditable="true" role="textbox"><p><br></p></div></div></div>
      <label for="u">Tytuł</label><input id="u"></form>`,
      hostText,
    );
    expect(result).toEqual({ status: 'filled', text: 'Proszę o certyfikat' });
  });

  it('names an editing host labelled only as an editor by the textarea before its box', async () => {
    const result = await fill(
      `<form><div class="group"><label for="t">Treść pisma</label><textarea id="t" name="t" style="display:none"></textarea>
      <div class="ck" role="application"><div class="top"><button type="button">B</button></div>
      <div class="main"><div class="host" role="textbox" aria-label="Edytor tekstu sformatowanego, main" contenteditable="true"><p><br></p></div></div></div></div>
      <div class="group"><label for="u">Tytuł</label><input id="u"></div></form>`,
      hostText,
    );
    expect(result).toEqual({ status: 'filled', text: 'Proszę o certyfikat' });
  });

  it('counts an iframe editor body once, not also as a field of the frame document', async () => {
    const result = await fill(
      `<label for="t">Treść pisma</label><textarea id="t" name="t" style="display:none"></textarea>
      <div class="tox"><div class="tox-edit-area"><iframe id="t_ifr" title="Obszar tekstu sformatowanego"></iframe></div></div>
      <script>var d = document.getElementById('t_ifr').contentDocument;
      d.open(); d.write('<!doctype html><html><body contenteditable="true" aria-label="Treść pisma"><p><br></p></body></html>'); d.close();</script>`,
      (doc) =>
        (doc.getElementById('t_ifr') as HTMLIFrameElement).contentDocument?.body.textContent?.trim() ?? '',
    );
    expect(result).toEqual({ status: 'filled', text: 'Proszę o certyfikat' });
  });
});

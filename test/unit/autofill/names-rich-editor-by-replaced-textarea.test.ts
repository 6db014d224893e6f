// @vitest-environment happy-dom
// CKEditor and TinyMCE hide the original textarea and show an iframe titled "Edytor tekstu
// sformatowanego": the person reads the textarea's label ("Treść pisma") above the editor, so the editor
// body is found by it and filled, even when the markup puts the textarea in the block before the editor.
import { describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import type { Recipe } from '../../../lib/autofill/types';
import { openVariant, type Variant } from '../corpus/harness';

const FAST = { timeoutMs: 1500, settleMs: 50 };
const recipe: Recipe = {
  id: 'test/body',
  title: 'Treść',
  fields: [
    {
      key: 'body',
      label: 'Treść pisma',
      labels: ['Treść pisma'],
      kind: 'textarea',
      value: { const: 'Proszę o certyfikat' },
    },
  ],
};

// The editor writes its body into the frame as CKEditor and TinyMCE do; frames need a page (not the test's document).
const MOUNT = `<script>
  var d = document.getElementById('ed_ifr').contentDocument;
  d.open(); d.write('<!doctype html><html><body contenteditable="true"><p><br></p></body></html>'); d.close();
</script>`;

async function fillEditor(markup: string): Promise<{ status: string; text: string }> {
  const variant = {
    id: 'engine-rich-editor',
    form: 'pismo',
    description: '',
    dimensions: {},
    origin: 'hand',
    files: { 'index.html': `<!doctype html><html lang="pl"><body>${markup}${MOUNT}</body></html>` },
    script: [],
    expected: {},
    outcome: 'filled',
  } satisfies Variant;
  const page = await openVariant(variant);
  try {
    const { report } = await applyPlan(buildPlan(recipe), page.document, FAST);
    const frame = page.document.getElementById('ed_ifr') as HTMLIFrameElement;
    return {
      status: (report.fields[0] as FieldReport).status,
      text: frame.contentDocument?.body.textContent?.trim() ?? '',
    };
  } finally {
    await page.close();
  }
}

describe('a rich-text editor is named by the textarea it replaces', () => {
  it('fills a CKEditor-like body when the hidden textarea ends the paragraph before the editor', async () => {
    const result =
      await fillEditor(`<p><span>Treść pisma:</span><br><textarea id="ed" style="display:none"></textarea></p>
      <div class="cke"><span class="cke_top"><a role="button" title="Pogrubienie">B</a></span>
      <div class="cke_contents"><iframe id="ed_ifr" title="Edytor tekstu sformatowanego, ed"></iframe></div></div>`);
    expect(result).toEqual({ status: 'filled', text: 'Proszę o certyfikat' });
  });

  it('fills a TinyMCE-like body whose textarea is labelled with <label for>', async () => {
    const result =
      await fillEditor(`<label for="ed">Treść pisma</label><textarea id="ed" style="display:none"></textarea>
      <div class="tox"><div class="tox-editor-header"><button type="button">Edycja</button></div>
      <div class="tox-edit-area"><iframe id="ed_ifr" title="Obszar tekstu sformatowanego. Naciśnij ALT-0, aby uzyskać pomoc."></iframe></div></div>`);
    expect(result).toEqual({ status: 'filled', text: 'Proszę o certyfikat' });
  });
});

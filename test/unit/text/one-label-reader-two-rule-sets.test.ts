// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLabelledText as engineRead } from '../../../lib/autofill/labelled-text';
import { findLabelledText } from '../../../lib/text/labelled-text';

// lib/text/labelled-text.ts is the one label reader: the always-on script reads banners with its lean rules,
// the fill engine (lib/autofill/labelled-text.ts) passes its own.

function root(html: string): Element {
  document.body.innerHTML = html;
  return document.body;
}

describe('one label reader, the banner rules and the engine rules', () => {
  it('a banner writes its value right after the label, without a separator', () => {
    const banner = root('<header><span>Zalogowany jako Jan Kowalski (jkowalski)</span></header>');
    expect(findLabelledText(banner, ['Zalogowany jako'])?.text).toBe('Jan Kowalski (jkowalski)');
  });

  it('for the engine, a label going on without a separator is a phrase (a section heading), not a value', () => {
    expect(engineRead(root('<h2>Adresat i treść</h2><p>Tytuł</p>'), ['Adresat'])).toBeNull();
    expect(findLabelledText(root('<h2>Adresat i treść</h2><p>Tytuł</p>'), ['Adresat'])?.text).toBe('i treść');
    expect(engineRead(root('<p>Adresat: Ministerstwo Cyfryzacji</p>'), ['Adresat'])?.text).toBe(
      'Ministerstwo Cyfryzacji',
    );
  });
});

// @vitest-environment happy-dom
// Issue 14 §1: besides the accessible name, the visible clues a person reads name a field: the text
// before it (decorations stripped), the heading over it alone, the headings of its section by rank, a
// select's placeholder option, the text before a widget that hides its select, the label of the textarea
// a rich-text editor stands in for.
import { afterEach, describe, expect, it } from 'vitest';
import { currentValue } from '../../../lib/autofill/choice';
import { collectDocuments } from '../../../lib/autofill/dom';
import { fieldHeading, groupNames, labelClues, neighbouringText } from '../../../lib/autofill/labels';
import { collectControls, editorTextarea, evidenceOf, locateControl } from '../../../lib/autofill/locate';

afterEach(() => {
  document.body.innerHTML = '';
});

const byId = (id: string): Element => document.getElementById(id) as Element;
const found = (kind: 'text' | 'select' | 'textarea', labels: string[]) => {
  const result = locateControl(collectDocuments(document), kind, labels);
  return result.status === 'found' ? result.control.el.id : result.status;
};

describe('the text before a control names it', () => {
  it('reads the whole inline run, not only the help icon nearest to the field', () => {
    document.body.innerHTML = `<form>
      <div>Nazwa wnioskodawcy <span class="ikona" title="Pole wypełnij zgodnie z wnioskiem">?</span> <input id="a"></div>
      <p><span>Ulica <a href="#pomoc">Pomoc</a></span><br><input id="b"></p>
    </form>`;
    expect(neighbouringText(byId('a'))).toBe('Nazwa wnioskodawcy ?');
    expect(found('text', ['Nazwa wnioskodawcy'])).toBe('a');
    expect(found('text', ['Ulica'])).toBe('b');
  });

  it('stops at another field: its label is not ours', () => {
    document.body.innerHTML = `<div>Imię <input id="a"> <input id="b"></div>`;
    expect(neighbouringText(byId('b'))).toBe('');
  });
});

describe('a heading names the one control under it', () => {
  const page = `<form>
    <div class="grupa"><h2>Dane wnioskodawcy</h2>
      <div class="pole"><h3>Ulica</h3><label for="ulica">Wpisz</label><input id="ulica"></div>
      <div class="pole"><h3>Stanowisko <small>pole obowiązkowe</small></h3><label for="rola">Wybierz z listy</label>
        <select id="rola"><option value="">Wybierz…</option><option>Wójt</option></select></div>
    </div>
    <p><input type="checkbox" id="zgoda"> <label for="zgoda">Oświadczam</label></p>
  </form>`;

  it('a field heading over a generic label ("Wpisz") is the field name', () => {
    document.body.innerHTML = page;
    expect(fieldHeading(byId('ulica'))).toBe('Ulica');
    expect(found('text', ['Ulica'])).toBe('ulica');
    // The last field: the consent after its box is not under its heading.
    expect(found('select', ['Stanowisko'])).toBe('rola');
  });

  it('a group heading over several fields names none of them', () => {
    document.body.innerHTML = `<h2>Dane wnioskodawcy</h2><label for="a">Nazwa</label><input id="a"><label for="b">NIP</label><input id="b">`;
    expect(fieldHeading(byId('a'))).toBe('');
    expect(found('text', ['Dane wnioskodawcy'])).toBe('not-found');
  });

  it('section headings by rank tell apart two "Hasło" fields', () => {
    document.body.innerHTML = `<section><h2>Hasła</h2>
      <div><h2>Hasło do unieważnienia certyfikatu</h2><div><h3>Hasło</h3><input type="password" id="r"></div></div>
      <div><h2>Hasło do pliku p12</h2><div><h3>Hasło</h3><input type="password" id="p"></div></div></section>`;
    expect(groupNames(byId('p'))).toEqual(['Hasło', 'Hasło do pliku p12']);
    expect(groupNames(byId('r'))).toEqual(['Hasło', 'Hasło do unieważnienia certyfikatu']);
  });

  it('a heading inside another fieldset is not this field’s', () => {
    document.body.innerHTML = `<fieldset><legend>A</legend><h3>Tytuł</h3><input id="x"></fieldset>
      <fieldset><legend>B</legend><input id="y"></fieldset>`;
    expect(groupNames(byId('y'))).toEqual(['B']);
  });
});

describe('lists and widgets', () => {
  it('a select is named by its placeholder option, dashes and markers stripped', () => {
    document.body.innerHTML = `<select id="s"><option value="">— Stanowisko służbowe * —</option><option>Wójt</option></select>`;
    expect(labelClues(byId('s')).find((c) => c.source === 'placeholder')?.text).toBe(
      '— Stanowisko służbowe * —',
    );
    expect(found('select', ['Stanowisko służbowe'])).toBe('s');
    // And that option, chosen, is no value of the clerk's (HTML's placeholder label option).
    expect(currentValue({ type: 'select', el: byId('s') })).toBe('');
    (byId('s') as HTMLSelectElement).selectedIndex = 1;
    expect(currentValue({ type: 'select', el: byId('s') })).toBe('Wójt');
  });

  it('a hidden select behind its widget (PrimeFaces) is named by the text before the widget', () => {
    document.body.innerHTML = `<div class="pole">Stanowisko służbowe <small>pole obowiązkowe</small>
      <div id="w" class="ui-selectonemenu"><div class="ui-helper-hidden-accessible"><input id="w_focus" type="text" role="combobox" aria-haspopup="listbox" readonly></div>
      <div class="ui-helper-hidden-accessible"><select id="w_input" aria-hidden="true"><option value="">Wybierz…</option><option>Wójt</option></select></div>
      <label id="w_label">Wybierz…</label></div></div>`;
    const select = collectControls(document, ['select']).find((c) => c.el.id === 'w_input');
    expect(select?.hidden).toBe(true);
    const names = evidenceOf(select as NonNullable<typeof select>).names.map((n) => n.text);
    expect(names).toContain('Stanowisko służbowe pole obowiązkowe');
  });

  it('the focus input of such a widget is the same field: not a second control, and its label names the select', () => {
    document.body.innerHTML = `<fieldset><legend>Osoba</legend><div class="pole"><label for="r_focus">STANOWISKO</label>
      <div id="r" class="ui-selectonemenu"><div class="ui-helper-hidden-accessible"><input id="r_focus" type="text" role="combobox" aria-haspopup="listbox" readonly></div>
      <div class="ui-helper-hidden-accessible"><select id="r_input" aria-hidden="true"><option value="">Wybierz…</option><option>Wójt</option></select></div>
      <label id="r_label">Wybierz…</label></div></div>
      <div class="pole"><label for="imie">Imię</label><input id="imie"></div></fieldset>`;
    const controls = collectControls(document, ['input', 'select', 'combobox']);
    expect(controls.map((c) => c.el.id)).toEqual(['imie', 'r_input']);
    const result = locateControl(collectDocuments(document), 'text-or-choice', ['Stanowisko']);
    expect(result.status === 'found' && result.control.el.id).toBe('r_input');
  });

  it('a rich-text editor is named by the label of the textarea it hides', () => {
    document.body.innerHTML = `<p><span>Treść pisma:</span><br><textarea id="t" style="display:none"></textarea></p>
      <div class="cke"><span class="cke_top"><a role="button">B</a></span><div class="cke_contents"><div id="f" class="cke_wysiwyg_frame"></div></div></div>`;
    // (A div stands for the editor's iframe: happy-dom here loads no frame pages.)
    expect(editorTextarea(byId('f'))?.id).toBe('t');
    expect(labelClues(byId('t')).map((c) => c.text)).toContain('Treść pisma:');
  });
});

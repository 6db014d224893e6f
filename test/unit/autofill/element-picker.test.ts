// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findFillableControl } from '../../../lib/autofill';

beforeEach(() => {
  document.body.innerHTML = `
    <div class="pole"><span id="t">Tytuł pisma</span><input id="tytul"></div>
    <label id="l">Rodzaj <select id="rodzaj"><option>Wniosek</option></select></label>
    <div id="editor" contenteditable="true"><p id="para">Treść <b id="bold">pisma</b></p></div>
    <div role="combobox" id="combo"><span id="combo-text">Wybierz</span></div>
    <div class="dwa"><input id="a"><input id="b"><em id="between">?</em></div>
    <button id="plus" type="button"><span id="plus-icon">+</span></button>
    <input type="hidden" id="ukryte">`;
});
const pick = (id: string, allowButtons = false) =>
  findFillableControl(document.getElementById(id), { allowButtons })?.id ?? null;

describe('the element picker finds the control the user meant', () => {
  it('takes the control itself, or the control of a clicked label', () => {
    expect(pick('tytul')).toBe('tytul');
    expect(pick('l')).toBe('rodzaj');
  });

  it('takes the one control beside a clicked text', () => {
    expect(pick('t')).toBe('tytul');
  });

  it('takes the editing host of a contenteditable, and the combobox of its inner text', () => {
    expect(pick('bold')).toBe('editor');
    expect(pick('combo-text')).toBe('combo');
  });

  it('refuses to guess between two controls, and ignores hidden inputs', () => {
    expect(pick('between')).toBeNull();
    expect(findFillableControl(document.getElementById('ukryte'))).toBeNull();
  });

  it('accepts a button only when asked (an attachment "+" stands for a hidden file input)', () => {
    expect(pick('plus-icon')).toBeNull();
    expect(pick('plus-icon', true)).toBe('plus');
  });

  it('accepts a text node as the click target', () => {
    const text = document.getElementById('t')?.firstChild ?? null;
    expect(findFillableControl(text)?.id).toBe('tytul');
  });
});

// @vitest-environment happy-dom
// A list that shows its prompt ("— Rodzaj pisma —", the field's own name, an empty-valued option) holds
// no choice of the person's: the fill chooses, instead of reporting a conflict with the prompt.
import { describe, expect, it } from 'vitest';
import { currentValue, isPlaceholderText } from '../../../lib/autofill/choice';

describe('empty markers count as empty', () => {
  it('reads a prompt between dashes as empty', () => {
    expect(isPlaceholderText('— Rodzaj dokumentu —')).toBe(true);
    expect(isPlaceholderText('-- wybierz z listy --')).toBe(true);
    expect(isPlaceholderText('— Rodzaj pisma: —')).toBe(true);
    expect(isPlaceholderText('Wniosek')).toBe(false);
    expect(isPlaceholderText('Wniosek - pilne')).toBe(false);
  });

  it("reads the field's own name shown in the list as empty, not a real choice", () => {
    expect(isPlaceholderText('Rodzaj pisma *', null, ['Rodzaj pisma'])).toBe(true);
    expect(isPlaceholderText('Wniosek', null, ['Rodzaj pisma'])).toBe(false);
  });

  it('reads a select showing its empty-valued option as empty, whatever the option says', () => {
    document.body.innerHTML = `<select id="s"><option value="">Rodzaj dokumentu</option><option value="WN">Wniosek</option></select>`;
    const select = document.getElementById('s') as HTMLSelectElement;
    expect(currentValue({ type: 'select', el: select })).toBe('');
    select.selectedIndex = 1;
    expect(currentValue({ type: 'select', el: select })).toBe('Wniosek');
  });

  it('reads a combobox showing the field name as empty', () => {
    document.body.innerHTML = `<div id="c" role="combobox"><span>Rodzaj pisma</span></div>`;
    const el = document.getElementById('c') as HTMLElement;
    expect(currentValue({ type: 'combobox', el }, ['Rodzaj pisma'])).toBe('');
    expect(currentValue({ type: 'combobox', el })).toBe('Rodzaj pisma');
  });
});

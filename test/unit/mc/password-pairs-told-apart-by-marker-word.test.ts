// @vitest-environment happy-dom
// The two MC password pairs are told apart by the word that names each, however the rest is phrased:
// "unieważnienia"/"odwołania" for the revocation password, "p12" for the file's; a field whose nearest
// name carries the other pair's word is never taken for this one.
import { afterEach, describe, expect, it } from 'vitest';
import { locatePasswordFields, pairByMarker } from '../../../lib/sites/mc/password-fill';

afterEach(() => {
  document.body.innerHTML = '';
});

const keysOf = (found: Map<string, HTMLInputElement>) =>
  Object.fromEntries([...found].map(([key, el]) => [key, el.id]));

describe('MC password pairs told apart by their marker word', () => {
  it('finds both pairs under legends phrased unlike the recipe, with "Wpisz hasło" labels', () => {
    document.body.innerHTML = `<form>
      <fieldset><legend>Hasło do odwołania (unieważnienia) certyfikatu</legend>
        <label for="a1">Wpisz hasło</label><input type="password" id="a1">
        <label for="a2">Wpisz hasło ponownie</label><input type="password" id="a2"></fieldset>
      <fieldset><legend>Hasło do kontenera klucza (.p12)</legend>
        <label for="b1">Wpisz hasło</label><input type="password" id="b1">
        <label for="b2">Wpisz hasło ponownie</label><input type="password" id="b2"></fieldset>
    </form>`;
    expect(keysOf(locatePasswordFields(document))).toEqual({
      revocationPassword: 'a1',
      revocationPasswordRepeat: 'a2',
      p12Password: 'b1',
      p12PasswordRepeat: 'b2',
    });
  });

  it('reads the marker of a short own label ("Hasło do p12:")', () => {
    document.body.innerHTML = `<form>
      <div><label for="p">Hasło do p12:</label><input type="password" id="p"></div>
      <div><label for="p2">Powtórz hasło do p12:</label><input type="password" id="p2"></div>
    </form>`;
    expect(keysOf(locatePasswordFields(document))).toEqual({ p12Password: 'p', p12PasswordRepeat: 'p2' });
  });

  it('tells nothing from a name carrying both markers, and the innermost name decides', () => {
    document.body.innerHTML = `<section><h2>Hasła do unieważnienia i do pliku p12</h2>
      <label for="x">Hasło</label><input type="password" id="x">
      <fieldset><legend>Hasło do pliku p12</legend><label for="y">Hasło</label><input type="password" id="y"></fieldset>
    </section>`;
    expect(pairByMarker(document.getElementById('x') as Element)).toBeNull();
    expect(pairByMarker(document.getElementById('y') as Element)).toBe('p12');
  });
});

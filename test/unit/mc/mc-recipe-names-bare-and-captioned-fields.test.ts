// @vitest-environment happy-dom
// The MC recipe finds the applicant and the building number as a clerk does on forms that name them
// tersely: "Wnioskodawca", a bare "Nazwa" or "Numer" standing alone, a row header under a caption that
// says whose data it is; a bare word never takes a longer label ("Nazwa użytkownika", "Numer telefonu").
import { afterEach, describe, expect, it } from 'vitest';
import { collectDocuments } from '../../../lib/autofill';
import { locateControl } from '../../../lib/autofill/locate';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import { mcFormFill } from '../../../lib/sites/mc/form-recipe';
import { BRUDZEW_COMPLETE } from '../../fixtures/sample-profiles';

const { recipe } = mcFormFill(
  snapshotForApplication(BRUDZEW_COMPLETE, { now: new Date('2026-11-20T10:00:00Z') }),
);
const labelsOf = (key: string): string[] => recipe.fields.find((f) => f.key === key)?.labels ?? [];

function found(key: string): string | null {
  const result = locateControl(collectDocuments(document), 'text', labelsOf(key));
  return result.status === 'found' ? (result.control.el as Element).id : null;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the MC recipe reads terse names of the applicant and the building number', () => {
  it('"Wnioskodawca:" and "Numer:" after "Ulica:"', () => {
    document.body.innerHTML = `<form>
      <div><label for="a">Wnioskodawca:</label><input id="a"></div>
      <div><label for="s">Ulica:</label><input id="s"></div>
      <div><label for="n">Numer:</label><input id="n"></div>
      <div><label for="t">Numer telefonu:</label><input id="t"></div>
    </form>`;
    expect(found('applicant')).toBe('a');
    expect(found('buildingNumber')).toBe('n');
  });

  it('a bare "Nazwa" is the applicant, "Nazwa użytkownika ePUAP" is not', () => {
    document.body.innerHTML = `<form>
      <p><label for="u">Nazwa użytkownika ePUAP</label><input id="u"></p>
      <p><label for="a">Nazwa</label><input id="a"></p>
    </form>`;
    expect(found('applicant')).toBe('a');
    document.getElementById('a')?.closest('p')?.remove();
    expect(found('applicant')).toBeNull();
  });

  it('the row header "Nazwa" under the caption "Dane wnioskodawcy", named by aria-labelledby', () => {
    document.body.innerHTML = `<table><caption id="c">Dane wnioskodawcy</caption><tbody>
      <tr><th id="h1">Nazwa</th><td><input id="a" aria-labelledby="c h1"></td></tr>
      <tr><th id="h2">Ulica</th><td><input id="s" aria-labelledby="c h2"></td></tr>
    </tbody></table>`;
    expect(found('applicant')).toBe('a');
  });

  it('"Numer budynku/lokalu" is the building number', () => {
    document.body.innerHTML = `<label for="b">Numer budynku/lokalu *</label><input id="b">
      <label for="r">Numer REGON</label><input id="r">`;
    expect(found('buildingNumber')).toBe('b');
  });
});

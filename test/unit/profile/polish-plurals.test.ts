import { expect, it } from 'vitest';
import { MUNICIPALITIES, plural } from '../../../lib/text/plural';

it('uses the Polish plural forms, with 12–14 taking the "many" form', () => {
  expect([1, 2, 4, 5, 12, 14, 22, 25, 112, 0].map((n) => plural(n, MUNICIPALITIES))).toEqual([
    '1 gmina',
    '2 gminy',
    '4 gminy',
    '5 gmin',
    '12 gmin',
    '14 gmin',
    '22 gminy',
    '25 gmin',
    '112 gmin',
    '0 gmin',
  ]);
});

/**
 * Polish plural forms: 1 gmina, 2–4 gminy (but 12–14 gmin), 5+ gmin.
 * `forms` are [one, few, many].
 */
export function plural(count: number, forms: readonly [string, string, string]): string {
  const [one, few, many] = forms;
  if (count === 1) return `${count} ${one}`;
  const lastDigit = count % 10;
  const lastTwo = count % 100;
  const isFew = lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14);
  return `${count} ${isFew ? few : many}`;
}

export const MUNICIPALITIES = ['gmina', 'gminy', 'gmin'] as const;

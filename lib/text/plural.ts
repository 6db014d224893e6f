const RULES = new Intl.PluralRules('pl');

/**
 * A count with its noun in the Polish plural form (Intl.PluralRules('pl')): 1 gmina, 2–4 gminy
 * (but 12–14 gmin), 5+ gmin, 0 gmin. `forms` are [one, few, many].
 */
export function plural(count: number, forms: readonly [string, string, string]): string {
  const [one, few, many] = forms;
  const form = RULES.select(count);
  return `${count} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

export const MUNICIPALITIES = ['gmina', 'gminy', 'gmin'] as const;

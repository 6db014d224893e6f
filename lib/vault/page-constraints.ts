// What a form says about the passwords it accepts (its `pattern`, `minlength`/`maxlength` and visible
// rule text such as "tylko litery i cyfry"), as plain data, and the check of one password against it.
// No dependencies: the MC content script reads the constraints, the vault generates passwords fitting them.

export interface PagePasswordConstraints {
  minLength?: number;
  maxLength?: number;
  /** HTML `pattern` attributes (the whole value must match each). */
  patterns: string[];
  /** The page allows only letters and digits ("tylko litery i cyfry", "bez znaków specjalnych"). */
  noSymbols?: boolean;
  /** The page lists the special characters it accepts ("znaki specjalne: ! @ # $"). */
  allowedSymbols?: string;
  /** Character kinds the page requires at least once. */
  requires: ('lower' | 'upper' | 'digits' | 'symbols')[];
}

const CLASS_TEST = {
  lower: /[a-z]/,
  upper: /[A-Z]/,
  digits: /[0-9]/,
  symbols: /[^A-Za-z0-9]/,
} as const;

function patternRegex(pattern: string): RegExp | null {
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // Try the next flag set; a pattern the browser cannot parse is ignored by the browser as well.
    }
  }
  return null;
}

/** Whether `password` satisfies everything the page states. */
export function satisfiesConstraints(password: string, c: PagePasswordConstraints): boolean {
  if (c.minLength !== undefined && password.length < c.minLength) return false;
  if (c.maxLength !== undefined && password.length > c.maxLength) return false;
  if (c.noSymbols && CLASS_TEST.symbols.test(password)) return false;
  if (c.allowedSymbols !== undefined) {
    for (const char of password.replace(/[A-Za-z0-9]/g, ''))
      if (!c.allowedSymbols.includes(char)) return false;
  }
  for (const kind of c.requires) if (!CLASS_TEST[kind].test(password)) return false;
  for (const pattern of c.patterns) {
    const regex = patternRegex(pattern);
    if (regex && !regex.test(password)) return false;
  }
  return true;
}

const KIND_NAMES: Record<PagePasswordConstraints['requires'][number], string> = {
  lower: 'mała litera',
  upper: 'wielka litera',
  digits: 'cyfra',
  symbols: 'znak specjalny',
};

const PLURAL = new Intl.PluralRules('pl');

/** "1 znak", "16 znaków", "64 znaki": the Polish plural of "znak" for `n`. */
function chars(n: number): string {
  const form = PLURAL.select(n);
  return `${n} ${form === 'one' ? 'znak' : form === 'few' ? 'znaki' : 'znaków'}`;
}

/**
 * What the pair was made to fit, in Polish, for the clerk ("Hasła dopasowano do wymagań formularza MC:
 * od 12 do 16 znaków, tylko litery i cyfry, co najmniej: wielka litera, cyfra."). Quotes no password.
 */
export function describeConstraints(c: PagePasswordConstraints): string {
  const parts: string[] = [];
  if (c.minLength !== undefined && c.maxLength !== undefined)
    parts.push(
      c.minLength === c.maxLength
        ? `dokładnie ${chars(c.minLength)}`
        : `od ${c.minLength} do ${c.maxLength} znaków`,
    );
  else if (c.minLength !== undefined) parts.push(`co najmniej ${chars(c.minLength)}`);
  else if (c.maxLength !== undefined) parts.push(`najwyżej ${chars(c.maxLength)}`);
  if (c.noSymbols) parts.push('tylko litery i cyfry');
  else if (c.allowedSymbols) parts.push(`znaki specjalne tylko spośród: ${c.allowedSymbols}`);
  if (c.requires.length > 0) parts.push(`co najmniej: ${c.requires.map((k) => KIND_NAMES[k]).join(', ')}`);
  if (c.patterns.length > 0) parts.push('wzór podany w polu hasła');
  return parts.length > 0
    ? `Hasła dopasowano do wymagań formularza MC: ${parts.join(', ')}.`
    : 'Formularz MC nie podaje wymagań co do haseł: hasła utworzono według zasad ustawionych powyżej.';
}

// Every Polish sentence the engine shows the user, in one place.

const q = (text: string): string => `„${text}”`;

export const msg = {
  filled: (value: string) => `Wpisano: ${q(short(value))}.`,
  chosen: (value: string) => `Wybrano: ${q(value)}.`,
  already: () => 'Pole ma już właściwą wartość.',
  skipped: () => 'Brak wartości do wpisania – uzupełnij dane w Asystencie.',
  notFound: (label: string, value?: string) =>
    `Nie znaleziono pola ${q(label)} na tej stronie. Wskaż je na stronie albo wypełnij ręcznie${value ? `: ${q(short(value))}` : ''}.`,
  ambiguous: (label: string, count: number) =>
    `Do nazwy ${q(label)} pasuje kilka pól (${count}). Wskaż właściwe pole na stronie albo wypełnij je ręcznie.`,
  conflict: (current: string, value: string) =>
    `Pole zawiera już inną wartość: ${q(short(current))}. Nie zmieniam jej. Jeśli ma być ${q(short(value))}, popraw ręcznie albo pozwól nadpisać.`,
  disabled: (label: string) => `Pole ${q(label)} jest zablokowane do edycji.`,
  noOption: (label: string, value: string) =>
    `Na liście ${q(label)} nie ma pozycji ${q(value)}. Wybierz ją ręcznie.`,
  notAccepted: (label: string, value: string) =>
    `Strona nie przyjęła wartości pola ${q(label)}. Wpisz ją ręcznie: ${q(short(value))}.`,
  /** Stands in for a recipient picked until the form shows it; never reaches a report. */
  recipientPending: () => 'Wybrano adresata; strona jeszcze go nie pokazała.',
  failed: (label: string, reason: string) =>
    `Nie udało się wypełnić pola ${q(label)} (${reason}). Wypełnij je ręcznie.`,
  learnedMissing: () => 'Wskazane wcześniej pole już nie istnieje; szukam po etykiecie. ',
  leaveToUser: (label: string) => `Pole ${q(label)} zaznacz samodzielnie.`,

  // The search messages name the field and the recipe's own button ("Ustaw/zmień adresata"): no site wording here.
  searchNotFound: (s: SearchWording, value: string) =>
    `Nie znaleziono wyszukiwarki dla pola ${q(s.label)}. ${s.opener ? `Kliknij ${q(s.opener)}, w` : 'W'}yszukaj ${q(value)} i wybierz dokładnie tę nazwę.`,
  searchNoMatch: (s: SearchWording, value: string) =>
    `Wyniki wyszukiwania nie zawierają pozycji o nazwie dokładnie ${q(value)}. Wyszukaj i wybierz ją ręcznie${s.exactHint ? ` (${s.exactHint})` : ''}.`,
  searchSeveral: (value: string, count: number, details: string) =>
    `Znaleziono ${count} ${plural(count, 'pozycję', 'pozycje', 'pozycji')} o nazwie ${q(value)}${details ? ` (${details})` : ''}. Nie wybieram za Ciebie: wybierz właściwą ręcznie.`,
  recipientSet: (s: SearchWording, value: string) => `${s.label}: wybrano ${q(value)}.`,
  recipientNotSet: (s: SearchWording, value: string) =>
    `Kliknięto ${q(value)}, ale pole ${q(s.label)} się nie zmieniło. Wybierz ręcznie.`,
  recipientConflict: (s: SearchWording, current: string, value: string) =>
    `W polu ${q(s.label)} wybrano już: ${q(short(current))}. Nie zmieniam tego; jeśli ma być ${q(value)}, zmień ręcznie${s.opener ? ` (${q(s.opener)})` : ''} albo pozwól nadpisać.`,

  attached: (name: string) => `Dołączono plik ${q(name)}. Sprawdź, czy widnieje na liście załączników.`,
  attachedAlready: (name: string) => `Plik ${q(name)} jest już dołączony.`,
  attachManually: () => ' Nie udało się dołączyć pliku automatycznie – dodaj go ręcznie.',
};

/** What a search message says about its field: the field's name, its opening button, the recipe's hint. */
export interface SearchWording {
  label: string;
  opener?: string;
  exactHint?: string;
}

const PLURAL = new Intl.PluralRules('pl');

/** Polish plural: 1 pozycję, 2–4 pozycje, 5+ pozycji (and 22 pozycje, 25 pozycji). */
export function plural(count: number, one: string, few: string, many: string): string {
  const category = PLURAL.select(count);
  return category === 'one' ? one : category === 'few' ? few : many;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

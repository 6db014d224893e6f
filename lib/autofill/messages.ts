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
  failed: (label: string, reason: string) =>
    `Nie udało się wypełnić pola ${q(label)} (${reason}). Wypełnij je ręcznie.`,
  learnedMissing: () => 'Wskazane wcześniej pole już nie istnieje; szukam po etykiecie. ',
  leaveToUser: (label: string) => `Pole ${q(label)} zaznacz samodzielnie.`,

  searchNotFound: (value: string) =>
    `Nie znaleziono wyszukiwarki adresata. Kliknij „Ustaw/zmień adresata”, wyszukaj ${q(value)} i wybierz dokładnie tę nazwę.`,
  searchNoMatch: (value: string) =>
    `Wyniki wyszukiwania nie zawierają pozycji o nazwie dokładnie ${q(value)}. Wyszukaj i wybierz ją ręcznie (nie departament ani inną jednostkę).`,
  searchSeveral: (value: string, count: number, details: string) =>
    `Znaleziono ${count} pozycje o nazwie ${q(value)}${details ? ` (${details})` : ''}. Nie wybieram za Ciebie: wybierz właściwą ręcznie.`,
  recipientSet: (value: string) => `Wybrano adresata ${q(value)}.`,
  recipientNotSet: (value: string) =>
    `Kliknięto ${q(value)}, ale adresat się nie zmienił. Wybierz go ręcznie.`,
  recipientConflict: (current: string, value: string) =>
    `Wybrano już innego adresata: ${q(short(current))}. Nie zmieniam go; jeśli pismo ma trafić do ${q(value)}, zmień adresata ręcznie.`,

  attached: (name: string) => `Dołączono plik ${q(name)}. Sprawdź, czy widnieje na liście załączników.`,
  attachedAlready: (name: string) => `Plik ${q(name)} jest już dołączony.`,
  attachManually: () => ' Nie udało się dołączyć pliku automatycznie – dodaj go ręcznie.',
};

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

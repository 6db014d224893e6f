// The texts of the letter to the Ministry, exactly as the instructions give them
// (source of truth: docs/seed-instrukcja.txt, "Wysłanie wniosku"). Change them here only.

export const PISMO_RECIPIENT = 'Ministerstwo Cyfryzacji';
/** Said when the search shows no entity named exactly like the recipient. */
export const PISMO_RECIPIENT_EXACT_HINT =
  'nie departament, nie jednostkę podległą ani podmiot o podobnej nazwie';

export const PISMO_LETTER_TYPE = 'Wniosek';
export const PISMO_LETTER_TITLE = 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego';
export const PISMO_LETTER_BODY =
  'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP';

/** Shown where the attachment is added: the person chooses the file themselves. */
export const PISMO_ATTACHMENT_HINT =
  'Dodaj załącznik: zeskanowany, podpisany wniosek o wydanie certyfikatu (PDF lub JPG; urzędy przyjmują zwykle łącznie 3–5 MB). Kliknij ikonę „plus”, potem „Wybierz załącznik” i wskaż plik z dysku.';

/** The name of the form (the ePUAP service), not the letter's title (PISMO_LETTER_TITLE). */
export const PISMO_FORM_NAME = 'Pismo ogólne do podmiotu publicznego';

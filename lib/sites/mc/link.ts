// MC's approval link arrives by e-mail; its host is not known in advance. The extension asks the browser
// for access to that one site (optional host permission), so the link is checked before anything is asked.

export type McLinkCheck = { ok: true; url: string; origin: string } | { ok: false; message: string };

/** A full https:// address of a named host, else a Polish message saying what to paste. */
export function checkMcLink(input: string): McLinkCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Wklej link do formularza z wiadomości e-mail od MC.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      message:
        'To nie jest pełny adres strony. Skopiuj z e-maila od MC cały link, zaczynający się od https://',
    };
  }
  if (url.protocol !== 'https:')
    return {
      ok: false,
      message:
        'Link do formularza MC musi zaczynać się od https:// (połączenie szyfrowane). Sprawdź, czy skopiowano go w całości.',
    };
  if (!url.hostname.includes('.') || url.username || url.password)
    return {
      ok: false,
      message: 'Link nie wygląda na adres strony MC. Skopiuj go jeszcze raz z wiadomości e-mail.',
    };
  return { ok: true, url: url.href, origin: url.origin };
}

/** The match pattern for one origin: what `permissions.request({ origins })` asks for. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

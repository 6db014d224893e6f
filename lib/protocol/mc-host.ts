/**
 * Which site the MC form may be on. MC's approval e-mail names the form's address; a forged e-mail, a
 * typo or a crafted import file can name any other. The passwords are typed into that site, so a host
 * outside the government's domain gets a warning the clerk must confirm before any access is asked
 * (mc.html), whether the link was typed, recorded in the side panel or imported.
 */

/** Hosts outside *.gov.pl that MC is known to use for the form (none known today). */
export const MC_KNOWN_HOSTS: readonly string[] = [];

/** Whether `hostname` is under gov.pl or one of MC's known hosts. */
export function isExpectedMcHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return (
    host === 'gov.pl' ||
    host.endsWith('.gov.pl') ||
    MC_KNOWN_HOSTS.some((known) => host === known || host.endsWith(`.${known}`))
  );
}

/** The Polish warning for a link whose host is not one MC uses, else null (also null for a non-URL). */
export function mcHostWarning(link: string): string | null {
  let host: string;
  try {
    host = new URL(link).hostname;
  } catch {
    return null;
  }
  if (isExpectedMcHost(host)) return null;
  return `Uwaga: link prowadzi do strony ${host}, która nie należy do administracji rządowej (adresy MC kończą się na „.gov.pl”). Jeśli link nie pochodzi na pewno z e-maila od MC, nie otwieraj go – na tej stronie zostałyby wpisane hasła do certyfikatu. Sprawdź link w e-mailu od MC.`;
}

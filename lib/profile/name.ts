/** What a name is read from: a stored profile, the popup's form, or a snapshot's fields. */
type Named = Partial<Record<'municipality' | 'officeName', string>>;

/**
 * The municipality's own name as printed and shown: the JST ("Gmina Brudzew"), else its office when only
 * the office is known; `''` while neither is typed. Has no imports, so the MC fill script may use it.
 */
export function municipalityName(profile: Named): string {
  return profile.municipality?.trim() || profile.officeName?.trim() || '';
}

/** The name a clerk recognises the profile by, even when it is still mostly empty. */
export function displayName(profile: Named): string {
  return municipalityName(profile) || 'Gmina bez nazwy';
}

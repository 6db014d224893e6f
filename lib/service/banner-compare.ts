import { FIELD_LABELS } from '../profile/labels';
import { displayName } from '../profile/name';
import type { Profile } from '../profile/schema';
import type { BannerChange, BannerVerdict } from '../protocol/epuap';
import type { EpuapBannerInfo } from '../sites/epuap';

/**
 * Compares what the ePUAP banner shows with the active municipality. Nothing is decided here
 * for the clerk: differences become an offer, and another organisation becomes a warning.
 */
export function compareBanner(profile: Profile | undefined, banner: EpuapBannerInfo): BannerVerdict {
  const seen: Array<[BannerChange['field'], string | null]> = [
    ['epuapLogin', banner.login],
    ['epuapOrgId', banner.orgId],
    // The banner's organisation name is only a suggestion for an empty office name: the clerk's
    // own wording (used on the application) wins.
    ['officeName', profile?.officeName ? null : banner.orgName],
  ];
  const changes = seen.flatMap(([field, value]): BannerChange[] =>
    value && value !== (profile?.[field] ?? '')
      ? [{ field, label: FIELD_LABELS[field], current: profile?.[field] ?? '', seen: value }]
      : [],
  );
  if (!profile) return { kind: 'no-profile', changes };
  if (profile.epuapOrgId && banner.orgId && profile.epuapOrgId !== banner.orgId)
    return {
      kind: 'other-org',
      profileName: displayName(profile),
      profileOrgId: profile.epuapOrgId,
      seenOrgId: banner.orgId,
      seenOrgName: banner.orgName ?? '',
    };
  if (changes.length === 0) return { kind: 'same', profileName: displayName(profile) };
  return { kind: 'changes', profileId: profile.id, profileName: displayName(profile), changes };
}

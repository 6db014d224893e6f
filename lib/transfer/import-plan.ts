import type { Profile } from '../profile/schema';

export interface ImportConflict {
  incoming: Profile;
  existing: Profile;
}

export interface ImportPlan {
  /** Municipalities not kept yet: added as they are. */
  additions: Profile[];
  /** Municipalities kept already (same REGON or same record): replaced only if the clerk says so. */
  conflicts: ImportConflict[];
}

/** Matches incoming profiles to stored ones by REGON (or, for a profile without REGON, by record id). */
export function planImport(incoming: Profile[], existing: Profile[]): ImportPlan {
  const plan: ImportPlan = { additions: [], conflicts: [] };
  for (const profile of incoming) {
    const match = existing.find((e) => (profile.regon && e.regon === profile.regon) || e.id === profile.id);
    if (match) plan.conflicts.push({ incoming: profile, existing: match });
    else plan.additions.push(profile);
  }
  return plan;
}

import { getFillReport, putFillReport } from '../db/fill-reports';
import { learnedFor } from '../db/mappings';
import { getActiveProfileId } from '../db/meta';
import type { Database } from '../db/open';
import { getProfile } from '../db/profiles';
import { municipalityName } from '../profile/name';
import { emptyProfileInput, profileToInput } from '../profile/schema';
import type { EpuapProtocol } from '../protocol/epuap';
import { pismoOgolneRecipe } from '../sites/epuap';
import { errorText } from '../text/errors';
import { compareBanner } from './banner-compare';
import { type AreaHandlers, PROFILE_STORES, type ServiceDeps } from './deps';
import { readScan } from './document-handlers';
import { readTabBanner } from './inject';
import { readProcessState, recordProcessEvent } from './process-events';
import { saveProfile } from './profile-service';

/** A real day of the calendar in `YYYY-MM-DD` (not "2026-19-45"). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

async function activeProfile(db: Database) {
  const id = await getActiveProfileId(db);
  return id ? getProfile(db, id) : undefined;
}

export function epuapHandlers({
  db,
  now,
  newId,
  notify,
  sendToTab,
}: ServiceDeps): AreaHandlers<EpuapProtocol> {
  const recordBannerRead = async (profileId: string, login: string | null, orgId: string | null) => {
    const event = {
      type: 'banner-read' as const,
      at: now().toISOString(),
      ...(login && { login }),
      ...(orgId && { orgId }),
    };
    if (await recordProcessEvent(db, profileId, event)) notify(['progress']);
  };

  return {
    'epuap.bannerSeen': async ({ banner }) => {
      const profile = await activeProfile(db);
      const verdict = compareBanner(profile, banner);
      if (verdict.kind === 'same' && profile) await recordBannerRead(profile.id, banner.login, banner.orgId);
      return verdict;
    },

    'epuap.applyBanner': async ({ profileId, banner }) => {
      const profile = profileId ? await getProfile(db, profileId) : undefined;
      if (profileId && !profile) throw new Error('Tej gminy nie ma już na liście. Otwórz okno rozszerzenia.');
      const input = profile ? profileToInput(profile) : emptyProfileInput();
      if (banner.login) input.epuapLogin = banner.login;
      if (banner.orgId) input.epuapOrgId = banner.orgId;
      if (banner.orgName && !input.officeName) input.officeName = banner.orgName;
      const result = await saveProfile(db, profile?.id ?? null, input, now(), newId);
      if (!result.ok)
        throw new Error(`Nie zapisano danych z banera. ${Object.values(result.errors).join(' ')}`);
      notify(PROFILE_STORES);
      await recordBannerRead(result.profile.id, banner.login, banner.orgId);
      return { profileId: result.profile.id };
    },

    'epuap.fillContext': async ({ url }) => {
      const profile = await activeProfile(db);
      return {
        profileName: profile ? municipalityName(profile) || null : null,
        learned: await learnedFor(db, url),
        attachment: profile ? await readScan(db, profile.id) : null,
      };
    },

    'epuap.fillReport': async ({ report }) => {
      const profile = await activeProfile(db);
      if (!profile) return null;
      await putFillReport(db, profile.id, report);
      notify(['fillReports']);
      if (report.recipeId === pismoOgolneRecipe.id && report.ok) {
        const event = { type: 'pismo-filled' as const, at: now().toISOString() };
        if (await recordProcessEvent(db, profile.id, event)) notify(['progress']);
      }
      return null;
    },

    'epuap.sentSeen': async ({ confirmation }) => {
      const profile = await activeProfile(db);
      if (!profile) return { recorded: false };
      // Any letter's confirmation looks alike: only the one after our fill counts as the application sent.
      const state = await readProcessState(db, profile.id);
      if (state.steps.pismo.status !== 'in-progress') return { recorded: false };
      // Read from page text: a date or number that does not check is left out, the sending still counts.
      const sentAt = confirmation.sentAt?.slice(0, 10);
      const documentNumber = confirmation.documentNumber?.trim();
      const recorded = await recordProcessEvent(db, profile.id, {
        type: 'pismo-sent',
        at: now().toISOString(),
        ...(sentAt && isCalendarDay(sentAt) && { sentAt }),
        ...(documentNumber && documentNumber.length <= 100 && { documentNumber }),
      });
      if (recorded) notify(['progress']);
      return { recorded };
    },

    'epuap.lastReport': async () => {
      const profile = await activeProfile(db);
      if (!profile) return null;
      return getFillReport(db, profile.id, pismoOgolneRecipe.id);
    },

    'epuap.forgetMappings': async () => {
      const removed = await db.count('mappings');
      await db.clear('mappings');
      notify(['mappings']);
      return { removed };
    },

    'epuap.tabBanner': ({ tabId }) => readTabBanner(tabId),

    'epuap.fillTab': async ({ tabId, overwrite }) => {
      try {
        return await sendToTab('content.fill', overwrite ? { overwrite } : {}, { tabId, frameId: 0 });
      } catch (error) {
        const message = errorText(error, '');
        if (
          !message ||
          /Could not establish|Receiving end|message port closed|No response|nie odpowiada/i.test(message)
        )
          throw new Error(
            'Na tej karcie nie ma strony ePUAP z Asystentem. Otwórz stronę Pisma ogólnego na ePUAP i spróbuj ponownie.',
          );
        throw error;
      }
    },
  };
}

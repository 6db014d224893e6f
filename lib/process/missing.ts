import { anyFilled, missingTexts, type RequirementSet } from '../profile/completeness';
import type { ProfileFields } from '../profile/schema';
import type { StepId } from './steps';

/** Which of the profile's requirement sets (lib/profile/completeness) each step needs. */
const STEP_DATA: Partial<Record<StepId, RequirementSet>> = {
  profile: 'profile',
  'epuap-ids': 'epuapIds',
  application: 'application',
  'mc-form': 'application',
  'platform-login': 'platform',
};

/** Polish labels of the data still missing for a step, in the order the form asks for them ("brak NIP"). */
export function missingForStep(stepId: StepId, profile: ProfileFields): string[] {
  const data = STEP_DATA[stepId];
  return data ? missingTexts(profile, data) : [];
}

/** Whether the clerk has started on the step's data at all (for todo vs in-progress). */
export function anyDataForStep(stepId: StepId, profile: ProfileFields): boolean {
  const data = STEP_DATA[stepId];
  return data ? anyFilled(profile, data) : false;
}

// Public API of the MC form's site knowledge: the recipe for its data fields, its two password pairs
// and how the approval link becomes the one site the extension asks access to.

export { fillMcForm, type McFillOptions, mcFormShown } from './fill-mc-form';
export { CONSENT_HINT, MC_FORM_TITLE, MC_RECIPE_ID, mcFormFill, mcFormValues } from './form-recipe';
export { checkMcLink, type McLinkCheck, originPattern } from './link';
export {
  passwordFieldsShown,
  passwordInputs,
  readPasswordConstraints,
  readPasswordConstraintsWhenShown,
} from './password-constraints';
export {
  fillPasswordFields,
  isConfirmationField,
  locatePasswordFields,
  MC_PASSWORD_FIELDS,
  type McPasswords,
  type PasswordFieldSpec,
  type PasswordFillOptions,
} from './password-fill';
export { combineReports } from './report';

// Public API of the ePUAP site knowledge: texts, the Pismo ogólne recipe, banner and page detection.

export { EPUAP_ID, type EpuapBannerInfo, parseOrganisation, parsePerson, readEpuapBanner } from './banner';
export { frameDocument, isPismoOgolnePage } from './detect';
export { ATTACHMENT_VALUE_KEY, pismoOgolneRecipe } from './pismo-ogolne';
export { detectSentConfirmation, parsePolishDateTime, type SentConfirmation } from './sent';
export * from './texts';

/** Small Polish wording helpers shared by the views and the timeline. */

/** "od 1 dnia" / "od 15 dni": the genitive after "od". */
export function sinceDays(days: number): string {
  return days === 1 ? 'od 1 dnia' : `od ${days} dni`;
}

/** "po 1 dniu" / "po 14 dniach": the locative after "po". */
export function afterDays(days: number): string {
  return days === 1 ? 'po 1 dniu' : `po ${days} dniach`;
}

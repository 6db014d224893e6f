/**
 * Dates live in lib/text/dates.ts. This re-export stays only while components/mc/VaultSection.tsx still
 * imports `formatInstant` from here; delete it when that import points to '@/lib/text/dates'.
 */
export { formatInstant } from '@/lib/text/dates';

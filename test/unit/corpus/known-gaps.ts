// Corpus variants the engine does not fill yet, with the first thing that goes wrong. The suite still
// runs every one of them and fails on any wrong recipient or submission; a listed variant that starts to
// pass is reported, so the list only shrinks. A variant not listed that fails is a regression. Fix the
// engine, never a page, then remove the line. Measured on 2026-12-02: all 223 variants of the first corpus
// filled; of the 37 of the second blind round (test/corpus/blind2, written without reading the engine), 22
// failed at first; the last two (recipient pickers that are not a search) closed the same day. Since then
// the suite also checks the report's truth (harness.ts `falseReports`): a field the page holds right must
// not be reported as failed. The one variant that failed it (a pick confirmed only by a "✔ name" line
// beside the cleared search box; a happy-dom select bug, corrected in ./happy-dom-fidelity.ts) passes
// since 2026-12-02 evening.
export const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([]);

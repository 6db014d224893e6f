// @vitest-environment happy-dom
// Each widget mechanism of issue 14 on its own replica page (widget-pages.ts): the real recipes run
// through the engine, and the page's own model (not just the DOM) must hold the values; nothing submitted.

import { describe, expect, it } from 'vitest';
import { checkVariant, openVariant, runAssistant } from '../corpus/harness';
import { WIDGET_PAGES } from './widget-pages';

describe('the engine fills every kind of widget and proves the page kept the value', () => {
  for (const variant of WIDGET_PAGES) {
    it(`${variant.id}: ${variant.description}`, async () => {
      const page = await openVariant(variant);
      try {
        const reports = await runAssistant(variant, page);
        const problems = checkVariant(variant, page);
        const notes = problems.length
          ? reports.flatMap((r) => r.fields.map((f) => `${f.key}: ${f.status} ${f.message}`))
          : [];
        expect({ problems, notes }).toEqual({ problems: [], notes: [] });
      } finally {
        await page.close();
      }
    }, 20_000);
  }
});

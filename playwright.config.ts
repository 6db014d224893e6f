import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium;
// `npm test` builds it first. Every test starts its own browser with its own profile, so the specs are
// independent: two workers on the 2-core machine (E2E_WORKERS overrides; measured in the README).
const workers = Number(process.env.E2E_WORKERS) || 2;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});

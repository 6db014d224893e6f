import { defineConfig } from 'vitest/config';

// The Firefox suite (test/firefox): each test starts its own Firefox ESR with the built
// .output/firefox-mv2 (`npm run build:firefox` first). Files run in parallel, two at a time on the
// 2-core machine (FIREFOX_WORKERS overrides); tests within a file run one after another.
const workers = Number(process.env.FIREFOX_WORKERS) || 2;

export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    globals: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: workers,
    reporters: ['verbose'],
  },
});

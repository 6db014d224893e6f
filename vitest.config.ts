import { defineConfig } from 'vitest/config';

// Unit tests cover lib/ (framework-free). Files that need a DOM opt in with
// `// @vitest-environment happy-dom`; IndexedDB comes from fake-indexeddb.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/corpus/**/*.test.ts'],
    environment: 'node',
    globals: false,
    // The corpus suite (test/unit/corpus) runs its variants concurrently: they mostly wait on page timers.
    maxConcurrency: 6,
  },
});

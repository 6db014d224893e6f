import { defineConfig } from 'vitest/config';

// `npm run bench`: every bench/*.bench.ts file, in Node, once (no watch). Each file prints its own
// table and writes its JSON to bench/results/.
export default defineConfig({
  test: {
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});

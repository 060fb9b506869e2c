import { defineConfig } from 'vitest/config';

// Real-browser suite: Debian's Chromium with the test build (dist-test/: npm run build:test) loaded;
// tests/e2e/privacy.test.ts loads the store build (dist/: npm run build) too.
// One file at a time: each launches a browser, and CI machines have two cores.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

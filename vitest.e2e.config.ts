import { defineConfig } from 'vitest/config';

// Real-browser suite: Debian's Chromium with the built extension (dist/) loaded.
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

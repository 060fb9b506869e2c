import { defineConfig } from 'vitest/config';

// Real-Firefox suite: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core) with the
// Firefox test build (dist-firefox-test/) installed, and the store build (dist-firefox/) for its
// panel frame. Build first: npm run build:test && npm run build:firefox.
export default defineConfig({
  test: {
    name: 'firefox',
    include: ['tests/firefox/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});

import { defineConfig } from 'vitest/config';

// Real-Firefox suite: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core) with the
// Firefox build (dist-firefox/) installed. Build first: npm run build:firefox.
export default defineConfig({
  test: {
    name: 'firefox',
    include: ['tests/firefox/firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});

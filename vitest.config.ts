import preact from '@preact/preset-vite';
import { dirname, relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { writeContentEntries } from './scripts/lib/content-entries.mjs';
import { SITES } from './src/sites/index';

// The content-script entries are generated from the site list (not in git): the tests that read
// them (tests/sites, tests/architecture) and the background's `?script` glob need them on disk.
writeContentEntries(
  SITES.map((s) => s.meta.id),
  __dirname, // the repository root (Vite and Vitest define it for their config files)
);

// One time zone for every run, so no result depends on the machine. UTC by default;
// CI (scripts/test-all.mjs) also runs the unit tests with TEST_TZ=Pacific/Honolulu (UTC−10) and
// Pacific/Kiritimati (UTC+14). tests/time-zone.test.ts checks the pin took effect.
const timeZone = process.env.TEST_TZ ?? 'UTC';
process.env.TZ = timeZone;

// Core runs in plain Node (it must never need a DOM); everything else in happy-dom.
// The real-browser suites (tests/e2e: Chromium, tests/firefox: Firefox) have their own configs.
/**
 * `import file from '…/content/x.ts?script'` gives @crxjs's built file path in the extension; here
 * it gives the path the build would (`src/content/x.js`), as a string. Without this the content script itself would be imported
 * and start running (polling location) in every test that loads the background.
 */
const scriptPaths = {
  name: 'cramp-check:script-paths',
  enforce: 'pre' as const,
  resolveId: (id: string, importer?: string) =>
    id.endsWith('?script') ? `\0script:${relative(process.cwd(), resolve(dirname(importer ?? ''), id.slice(0, -'?script'.length))).replace(/\.ts$/, '.js')}` : null,
  load: (id: string) => (id.startsWith('\0script:') ? `export default ${JSON.stringify(id.slice('\0script:'.length))};` : null),
};

export default defineConfig({
  plugins: [preact(), scriptPaths],
  test: {
    env: { TZ: timeZone, TEST_TZ: timeZone },
    // A hang guard, not a speed check: the architecture walk (1.3 s at most alone) and the options
    // page's axe scan (4.1 s in a clean-clone CI run) neared Vitest's default 5 s on a loaded 2-core
    // machine. Speed is measured by `npm run bench`, never by a test's time.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['tests/core/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/core/**', 'tests/e2e/**', 'tests/firefox/**'],
          environment: 'happy-dom',
          // The panel's stylesheet is imported as a string (?inline); tests check it reaches the shadow root.
          css: true,
          setupFiles: ['tests/setup/fake-browser.ts'],
        },
      },
    ],
  },
});

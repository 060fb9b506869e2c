import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Core runs in plain Node (it must never need a DOM); everything else in happy-dom.
// The real-browser suite (tests/e2e) is run by scripts/run-browser-tests.mjs, not here.
export default defineConfig({
  plugins: [preact()],
  test: {
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
          exclude: ['tests/core/**', 'tests/e2e/**'],
          environment: 'happy-dom',
          // The panel's stylesheet is imported as a string (?inline); tests check it reaches the shadow root.
          css: true,
          setupFiles: ['tests/setup/fake-browser.ts'],
        },
      },
    ],
  },
});

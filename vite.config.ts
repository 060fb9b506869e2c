import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * `vite build` → dist/ for Chrome; `vite build --mode firefox` → dist-firefox/.
 * Firefox runs MV3 backgrounds as event pages (`background.scripts`), not service workers,
 * and AMO requires an id and the data-collection declaration (we collect nothing).
 */
function manifestFor(browser: 'chrome' | 'firefox') {
  if (browser === 'chrome') return baseManifest;
  return {
    ...baseManifest,
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'cramp-check@cramp-check.example',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser) as never,
        browser,
        // One self-contained file: no loader, no shared chunks, and no web_accessible_resources
        // that would let any page probe for the extension. Also the smallest over the wire.
        contentScripts: { standaloneFiles: ['src/content/strava.ts'] },
      }),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Readable output helps store reviewers; sizes are measured gzipped (npm run bench).
      minify: true,
      sourcemap: false,
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});

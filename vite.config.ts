import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { writeContentEntries } from './scripts/lib/content-entries.mjs';
import { panelPageAlone } from './scripts/lib/panel-page.mjs';
import { PANEL_PAGE } from './src/platform/panel-port';
import { contentEntryOf, SITES } from './src/sites/index';

// Each site's content-script entry is generated from the site list before @crxjs reads its config
// (it builds every entry from a real file); the files are not in git (scripts/lib/content-entries.mjs).
writeContentEntries(
  SITES.map((s) => s.meta.id),
  import.meta.dirname, // the repository root: this file sits in it
);

/**
 * The site-dependent parts of the manifest, from THE site list (issue 13.1): built-in sites get a
 * static content script and host permissions; the others are optional host permissions whose
 * content scripts the background registers when the runner switches them on.
 */
function siteManifest(browser: 'chrome' | 'firefox') {
  const builtIn = SITES.filter((s) => s.meta.builtIn).map((s) => s.meta);
  const optional = SITES.filter((s) => !s.meta.builtIn).map((s) => s.meta);
  return {
    host_permissions: builtIn.flatMap((m) => m.origins),
    // Non-site origins (the opt-in weather service) stay in manifest.json.
    optional_host_permissions: [...optional.flatMap((m) => m.origins), ...baseManifest.optional_host_permissions],
    // Chromium moves a frame without reloading it (moveBefore), so its content scripts start at
    // document_start to begin loading the panel's frame while the page parses (content/start.ts).
    content_scripts: builtIn.map((m) => ({ matches: [...m.matches], js: [contentEntryOf(m.id)], run_at: browser === 'chrome' ? 'document_start' : 'document_end' })),
  };
}

/**
 * Store builds: `vite build` → dist/ (Chrome), `vite build --mode firefox` → dist-firefox/.
 * Test builds (real-browser tests only, never shipped; `npm run build:test`): `--mode test` →
 * dist-test/ and `--mode firefox-test` → dist-firefox-test/ — the same code with the panel
 * contract exposed (src/content/build-flags.ts: the panel drawn in the page in an open shadow
 * root instead of the extension's frame, read/analysis attributes on the host) and the optional sites' host access granted at install, because a headless browser cannot
 * click the permission prompt. Everything after that runs as in the store build.
 * Firefox runs MV3 backgrounds as event pages (`background.scripts`), not service workers,
 * and AMO requires an id and the data-collection declaration (we collect nothing).
 */
export function manifestFor(browser: 'chrome' | 'firefox', testBuild = false) {
  const sites = siteManifest(browser);
  const store = { ...baseManifest, ...sites };
  const withSites = testBuild ? { ...store, host_permissions: [...sites.host_permissions, ...sites.optional_host_permissions] } : store;
  if (browser === 'chrome') return withSites;
  return {
    ...withSites,
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'cramp-check@cramp-check.example',
        strict_min_version: '142.0',
        // Nothing is collected; with the weather opt-in the start point, rounded to 0.1°, goes to
        // Open-Meteo: location data, asked for with the opt-in (platform/weather-access.ts).
        data_collection_permissions: { required: ['none'], optional: ['locationInfo'] },
      },
      // Firefox for Android offers the add-on only with this key; 142 is the first Android version
      // with data_collection_permissions, the newest thing used (tests/build/firefox-android.test.ts).
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * @crxjs lists dynamically registered content scripts as web_accessible_resources for every
 * site. scripting.registerContentScripts does not need that, and it would let any page detect
 * the extension by fetching the file: drop those entries from the built manifest. The one
 * web-accessible resource is the panel frame's page, added here.
 */
function noWebAccessibleContentScripts(browser: 'chrome' | 'firefox'): Plugin {
  return {
    name: 'cramp-check:no-web-accessible-content-scripts',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['manifest.json'];
        if (!asset || asset.type !== 'asset') return;
        const manifest = JSON.parse(String(asset.source));
        const kept = (manifest.web_accessible_resources ?? [])
          .map((entry: { resources: string[] }) => ({ ...entry, resources: entry.resources.filter((r) => !r.startsWith('src/content/')) }))
          .filter((entry: { resources: string[] }) => entry.resources.length > 0);
        // The panel frame's page (src/content/panel-frame.ts), for the sites' pages only. Chrome
        // serves it under a per-session id (use_dynamic_url), so a page cannot probe for the
        // extension at a fixed address; Firefox's moz-extension:// id is already random per install.
        const sitePages = SITES.flatMap((s) => s.meta.origins);
        kept.push({ resources: [PANEL_PAGE], matches: sitePages, ...(browser === 'chrome' ? { use_dynamic_url: true } : {}) });
        if (kept.length > 0) manifest.web_accessible_resources = kept;
        else delete manifest.web_accessible_resources;
        asset.source = `${JSON.stringify(manifest, null, 2)}\n`;
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' || mode === 'firefox-test' ? 'firefox' : 'chrome';
  const testBuild = mode === 'test' || mode === 'firefox-test';
  // Replaced at build time: the store build's minifier drops the panel-contract code entirely.
  const define = { __CRAMP_CHECK_TEST_BUILD__: JSON.stringify(testBuild) };
  const outDir = `dist${browser === 'firefox' ? '-firefox' : ''}${testBuild ? '-test' : ''}`;
  return {
    define,
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser, testBuild) as never,
        browser,
        // One self-contained file: no loader, no shared chunks, and no web_accessible_resources
        // that would let any page probe for the extension. Also the smallest over the wire.
        contentScripts: {
          standaloneFiles: SITES.map((s) => contentEntryOf(s.meta.id)),
        },
      }),
      noWebAccessibleContentScripts(browser),
      // The panel frame's page, one script of its own (scripts/lib/panel-page.mjs).
      panelPageAlone({ page: PANEL_PAGE, outDir, define }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      // Readable output helps store reviewers; sizes are measured gzipped (npm run bench).
      minify: true,
      sourcemap: false,
      // A page in no manifest key @crxjs reads, built as one more page: the race page (linked from
      // the popup and options). The panel frame's page (web-accessible, added to the manifest above)
      // is built on its own, after these.
      rollupOptions: { input: { race: 'src/race/index.html' } },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});

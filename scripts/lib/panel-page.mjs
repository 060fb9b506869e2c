// The panel frame's page (src/panel) is built on its own, into one script. Built with the popup and
// options pages it shared their chunks: its frame fetched eight module files, one import after
// another, before it could draw the panel, and the runner waits on that frame at every activity
// page. Alone it is one file: no module graph, no preload polyfill (a frame of the store build
// loads it from the extension's own files, which every browser it supports can).
import preact from '@preact/preset-vite';
import { build } from 'vite';

/**
 * A Vite plugin that, when the extension's build has been written, builds `page` (an HTML entry)
 * into the same `outDir` with everything it imports in one script.
 * @param {{ page: string, outDir: string, define: Record<string, string> }} options
 * @returns {import('vite').Plugin}
 */
export function panelPageAlone({ page, outDir, define }) {
  let built = false;
  return {
    name: 'cramp-check:panel-page-alone',
    apply: 'build',
    async closeBundle() {
      if (built) return;
      built = true;
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define,
        plugins: [preact()],
        build: { outDir, emptyOutDir: false, minify: true, sourcemap: false, modulePreload: false, rollupOptions: { input: { panel: page } } },
      });
    },
  };
}

// Firefox for Android, the one phone browser that runs extensions, offers an add-on only when its
// manifest declares `gecko_android`. Its minimum version is the newest Firefox for Android version
// that added anything the extension uses, checked against MDN's browser-compat-data (a web-ext
// dependency the project already installs), so neither a too-low nor a needlessly high floor passes.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../vite.config';

interface Compat {
  __compat?: { support: { firefox_android: { version_added: string | boolean } | { version_added: string | boolean }[] } };
  [key: string]: unknown;
}
const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as { webextensions: { api: Record<string, Compat>; manifest: Record<string, Compat> } };

/** The version Firefox for Android added a feature in (its current, first-listed support entry). */
function androidVersion(path: string[], from: Record<string, Compat>): number {
  const node = path.reduce<Compat | undefined>((n, key) => (n?.[key] as Compat | undefined) ?? undefined, { ...from } as Compat);
  const support = node?.__compat?.support.firefox_android;
  const added = (Array.isArray(support) ? support[0] : support)?.version_added;
  if (typeof added !== 'string') throw new Error(`${path.join('.')}: not supported on Firefox for Android (${String(added)})`);
  return Number.parseFloat(added);
}

/** Every `browser.<namespace>.<member>` the source calls (src/platform alone touches browser.*). */
function apisUsed(): string[][] {
  const dir = resolve(__dirname, '../../src/platform');
  const used = new Set<string>();
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/\b(?:browser|api\(\)|nativeApi\(\))\.(storage\.(?:local|session|onChanged)|scripting\.\w+|runtime\.\w+|permissions\.\w+|action\.\w+|i18n\.\w+|tabs\.\w+)/g)) used.add(m[1] as string);
  }
  return [...used].map((p) => p.split('.'));
}

type FirefoxManifest = Record<string, unknown> & {
  background: { type?: string };
  browser_specific_settings: { gecko: Record<string, unknown>; gecko_android?: { strict_min_version?: string } };
};

describe('Firefox for Android', () => {
  const manifest = manifestFor('firefox') as unknown as FirefoxManifest;

  it('is declared, with the minimum version that supports every manifest key and API the extension uses', () => {
    const apis = apisUsed();
    expect(apis.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['scripting.registerContentScripts', 'storage.local', 'i18n.getMessage']));
    const needs: [string, number][] = [
      ...apis.map((p): [string, number] => [`api.${p.join('.')}`, androidVersion(p, bcd.webextensions.api)]),
      ...Object.keys(manifest)
        .filter((key) => key !== 'manifest_version' && key !== 'version' && key !== 'name' && key !== 'description' && key !== 'content_scripts')
        .map((key): [string, number] => [`manifest.${key}`, androidVersion([key], bcd.webextensions.manifest)]),
      ['manifest.background.type', androidVersion(['background', 'type'], bcd.webextensions.manifest)],
      ...Object.keys(manifest.browser_specific_settings.gecko)
        .filter((key) => key !== 'id' && key !== 'strict_min_version')
        .map((key): [string, number] => [`gecko.${key}`, androidVersion(['browser_specific_settings', 'gecko', key], bcd.webextensions.manifest)]),
    ];
    const newest = Math.max(...needs.map(([, v]) => v));
    expect(manifest.browser_specific_settings.gecko_android?.strict_min_version).toBe(`${newest}.0`);
    // What sets the floor today, so a change to it is a conscious one.
    expect(needs.filter(([, v]) => v === newest).map(([name]) => name)).toEqual(['gecko.data_collection_permissions']);
  });
});

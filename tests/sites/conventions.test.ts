/**
 * The site conventions (issue 13.1), after refined-github's features test: every site in THE list
 * (src/sites/index.ts) has example URLs its own URL rule agrees with, fixtures and tests, a content
 * script entry, and a place in every list derived from it — options, background registration, the
 * build's content-script entries and the generated manifest. Nothing else names a site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentEntrySource, ENTRIES_DIR, writeContentEntries } from '../../scripts/lib/content-entries.mjs';
import { builtScriptOf } from '../../src/background/site-scripts';
import { contentEntryOf, SITES, siteById, siteEnabled } from '../../src/sites/index';
import { manifestFor } from '../../vite.config';

const ROOT = resolve(__dirname, '../..');
const ids = SITES.map((s) => s.meta.id);

describe.each(SITES.map((s) => [s.meta.id, s] as const))('site %s', (id, site) => {
  it('is one folder, with meta, page half, background half and one definition', () => {
    for (const file of ['meta.ts', 'page.ts', 'background.ts', 'index.ts']) expect(existsSync(join(ROOT, 'src/sites', id, file)), file).toBe(true);
    expect(site.page.meta).toBe(site.meta);
  });

  it('has example URLs, and its URL rule gives each one the activity id it names', () => {
    expect(site.meta.exampleUrls.filter((e) => e.activityId !== null).length).toBeGreaterThan(0);
    expect(site.meta.exampleUrls.filter((e) => e.activityId === null).length).toBeGreaterThan(0);
    for (const { url, activityId } of site.meta.exampleUrls) expect(site.page.activityId(new URL(url)), url).toBe(activityId);
  });

  it('its example activity URLs match its content-script patterns and its host permissions', () => {
    const matchesUrl = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url);
    for (const { url, activityId } of site.meta.exampleUrls) {
      if (activityId === null) continue;
      expect(site.meta.matches.some((m) => matchesUrl(m, url)), url).toBe(true);
      expect(site.meta.origins.some((o) => matchesUrl(o, url)), url).toBe(true);
    }
  });

  it('has fixtures and tests of its own', () => {
    expect(readdirSync(join(ROOT, 'tests/fixtures', id)).length).toBeGreaterThan(0);
    expect(readdirSync(join(ROOT, 'tests/sites', id)).some((f) => f.endsWith('.test.ts'))).toBe(true);
  });

  it('has a content-script entry, generated from the list, that starts its page half and nothing else', async () => {
    expect(contentEntryOf(id)).toBe(`${ENTRIES_DIR}/${id}.ts`);
    const entry = readFileSync(join(ROOT, contentEntryOf(id)), 'utf8');
    expect(entry).toBe(contentEntrySource(id));
    expect(entry).toContain(`from '../../sites/${id}/page'`);
    expect(entry).toMatch(new RegExp(`startContentScript\\(${id}Page, window\\)`));
    // The generated entry names `<id>Page`: the site's page.ts exports its page half under that name.
    const pageModule = (await import(`../../src/sites/${id}/page.ts`)) as Record<string, unknown>;
    expect(pageModule[`${id}Page`]).toBe(site.page);
  });

  it('has a place in every derived list: background lookup, script registration, build entries, manifest', () => {
    expect(siteById(id)).toBe(site);
    expect(builtScriptOf(id)).toBe(`src/content/entries/${id}.js`);
    const manifest = manifestFor('chrome') as { content_scripts: { js: string[]; matches: string[] }[]; host_permissions: string[]; optional_host_permissions: string[] };
    if (site.meta.builtIn) {
      expect(manifest.content_scripts).toContainEqual(expect.objectContaining({ js: [contentEntryOf(id)], matches: [...site.meta.matches] }));
      expect(manifest.host_permissions).toEqual(expect.arrayContaining([...site.meta.origins]));
      expect(siteEnabled({}, id)).toBe(true);
    } else {
      expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining([...site.meta.origins]));
      expect(manifest.host_permissions.filter((h) => site.meta.origins.includes(h))).toEqual([]);
      expect(siteEnabled({}, id)).toBe(false);
    }
  });
});

describe('the one list', () => {
  it('has no site twice and no content entry without a site', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(readdirSync(join(ROOT, ENTRIES_DIR)).sort()).toEqual(ids.map((id) => `${id}.ts`).sort());
    expect(readdirSync(join(ROOT, 'src/sites')).filter((f) => !f.includes('.') && f !== 'shared').sort()).toEqual([...ids].sort());
  });

  it('adding a site is its folder + one line: the entries are generated and git holds none of them', () => {
    // Nothing under src/content names a site: the entries folder is generated, ignored, untracked.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    expect(git('ls-files', '--', ENTRIES_DIR).trim()).toBe('');
    expect(git('check-ignore', '--', contentEntryOf(ids[0] ?? '')).trim()).toBe(contentEntryOf(ids[0] ?? ''));
    // The generator gives a new site its entry and takes away the entry of a site no longer listed.
    const root = mkdtempSync(join(tmpdir(), 'entries-'));
    mkdirSync(join(root, ENTRIES_DIR), { recursive: true });
    writeFileSync(join(root, ENTRIES_DIR, 'gone.ts'), '// a site removed from the list\n');
    expect(writeContentEntries([...ids, 'newsite'], root)).toEqual([...ids, 'newsite'].map((id) => `${ENTRIES_DIR}/${id}.ts`));
    expect(readdirSync(join(root, ENTRIES_DIR)).sort()).toEqual([...ids, 'newsite'].map((id) => `${id}.ts`).sort());
    expect(readFileSync(join(root, ENTRIES_DIR, 'newsite.ts'), 'utf8')).toContain("import { newsitePage } from '../../sites/newsite/page';");
    expect(writeContentEntries([...ids, 'newsite'], root)).toEqual([]); // unchanged files are not rewritten
    expect(() => contentEntrySource('../x')).toThrow();
  });

  it('the manifest in the repository names no site: every site permission and script is generated', () => {
    const raw = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(raw.content_scripts).toBeUndefined();
    expect(raw.host_permissions).toBeUndefined();
    const optional = (raw.optional_host_permissions as string[] | undefined) ?? [];
    for (const site of SITES) for (const origin of site.meta.origins) expect(optional).not.toContain(origin);
  });

  it('looks sites up by own name only: "constructor", "__proto__" and "toString" are no site (issue 12.7)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '']) expect(siteById(name)).toBeNull();
    expect(siteEnabled(JSON.parse('{"__proto__": true}') as Record<string, boolean>, 'garmin')).toBe(false);
    expect(siteEnabled({}, 'constructor')).toBe(false);
  });

  it('the e2e build grants the optional sites, the store build does not', () => {
    const store = manifestFor('chrome') as { host_permissions: string[] };
    const test = manifestFor('chrome', true) as { host_permissions: string[] };
    expect(store.host_permissions).toEqual(SITES.filter((s) => s.meta.builtIn).flatMap((s) => [...s.meta.origins]));
    expect(test.host_permissions).toEqual(expect.arrayContaining(SITES.flatMap((s) => [...s.meta.origins])));
  });
});

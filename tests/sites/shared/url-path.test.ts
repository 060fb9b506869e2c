import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimTrailingSlashes } from '../../../src/sites/shared/url-path';
import { SITES } from '../../../src/sites/index';

describe('trimTrailingSlashes (issue 12.9)', () => {
  it.each([
    ['/activities/1', '/activities/1'],
    ['/activities/1/', '/activities/1'],
    ['/activities/1///', '/activities/1'],
    ['///', ''],
    ['', ''],
    ['/a//b/', '/a//b'],
  ])('%j → %j', (path, trimmed) => {
    expect(trimTrailingSlashes(path)).toBe(trimmed);
  });

  it('a crafted path of 200,000 slashes that do not end it is read, and every site answers "no activity"', () => {
    const crafted = `/activities/${'/'.repeat(200_000)}x`;
    expect(trimTrailingSlashes(crafted)).toBe(crafted);
    const url = new URL(`https://www.strava.com${crafted}`);
    for (const site of SITES) expect(site.page.activityId(url)).toBeNull();
  });

  it('no site reads a URL path with a backtracking trailing-slash pattern', () => {
    const root = resolve(__dirname, '../../../src/sites');
    const urlFiles = readdirSync(root).flatMap((dir) => (dir.includes('.') ? [] : readdirSync(join(root, dir)).filter((f) => f === 'url.ts').map((f) => join(root, dir, f))));
    expect(urlFiles.length).toBe(SITES.length);
    for (const file of urlFiles) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\/\\\/\+\$\//);
      expect(code, file).toContain('trimTrailingSlashes(');
    }
  });
});

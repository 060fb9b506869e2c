// npm run package — store-ready archives in artifacts/:
//   cramp-check-chrome-<version>.zip   dist/ (Chrome Web Store)
//   cramp-check-firefox-<version>.zip  dist-firefox/ (addons.mozilla.org), linted by web-ext first
//   cramp-check-source-<version>.zip   the git-tracked sources at HEAD (AMO's source upload; the zip
//                                      comment is the commit id), whose
//                                      build steps are in docs/firefox-and-packaging.md
// Builds both targets first, then checks every archive: manifest.json present, and the version
// in it (or in package.json, for the source) equal to package.json's.
//
//   node scripts/package.mjs [--allow-dirty] [--skip-build]
//
// The source archive is `git archive HEAD`: uncommitted changes are not in it, so by default a
// dirty working tree is refused (the built archives would not match the source one).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inflateRawSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'artifacts');
const { values: args } = parseArgs({
  options: { 'allow-dirty': { type: 'boolean', default: false }, 'skip-build': { type: 'boolean', default: false } },
});

const run = (cmd, cmdArgs, options = {}) => {
  console.log(`$ ${cmd} ${cmdArgs.join(' ')}`);
  return execFileSync(cmd, cmdArgs, { cwd: ROOT, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
};
const fail = (message) => {
  console.error(`package: ${message}`);
  process.exit(1);
};

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json version ${version} is not a store version (x.y.z)`);

const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((l) => l.trim() !== '' && !/^\?\? (artifacts|dist|dist-firefox|web-ext-artifacts)\//.test(l));
if (dirty.length > 0) {
  const message = `the working tree has ${dirty.length} uncommitted change(s) (first: ${dirty.slice(0, 3).map((l) => l.trim()).join(', ')}); the source archive is HEAD (${head.slice(0, 12)}) and would not match the built archives`;
  if (!args['allow-dirty']) fail(`${message}. Commit first, or pass --allow-dirty for a trial run.`);
  console.warn(`WARNING: ${message}.`);
}

// ---------------------------------------------------------------- build

if (!args['skip-build']) {
  run('npx', ['vite', 'build']);
  run('npx', ['vite', 'build', '--mode', 'firefox']);
}
for (const dir of ['dist', 'dist-firefox']) {
  if (!existsSync(join(ROOT, dir, 'manifest.json'))) fail(`${dir}/manifest.json missing: the build failed`);
}
const lint = JSON.parse(run('npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--output', 'json', '--no-input', '--no-config-discovery'], { capture: true }));
console.log(`web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings, ${lint.summary.notices} notices`);
for (const w of lint.warnings) console.log(`  warning ${w.code} ${w.file ?? ''}`);
if (lint.summary.errors > 0) fail(`web-ext lint found errors: ${lint.errors.map((e) => `${e.code} ${e.file ?? ''}`).join(', ')}`);

// ---------------------------------------------------------------- archives

mkdirSync(ARTIFACTS, { recursive: true });
const chrome = `${name}-chrome-${version}.zip`;
const firefox = `${name}-firefox-${version}.zip`;
const source = `${name}-source-${version}.zip`;
for (const file of [chrome, firefox, source]) rmSync(join(ARTIFACTS, file), { force: true });

const webExtBuild = (dir, filename) =>
  run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest', '--no-input', '--no-config-discovery']);
webExtBuild('dist', chrome);
webExtBuild('dist-firefox', firefox);
// The commit resolved at the start, not HEAD now: a commit landing mid-run must not slip in.
run('git', ['archive', '--format=zip', `--prefix=${name}-${version}/`, '-o', join('artifacts', source), head]);

// ---------------------------------------------------------------- checks

/** Entries of a zip (central directory), with a reader for stored/deflated contents. */
function readZip(file) {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(entryName, {
      size,
      read: () => {
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + compressed);
        return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const problems = [];
const check = (file, manifestPath, expect) => {
  const entries = readZip(join(ARTIFACTS, file));
  const manifest = entries.get(manifestPath);
  if (!manifest) {
    problems.push(`${file}: no ${manifestPath}`);
    return entries;
  }
  const json = JSON.parse(manifest.read());
  if (json.version !== version) problems.push(`${file}: ${manifestPath} version ${json.version} ≠ package.json ${version}`);
  for (const p of expect(json, entries)) problems.push(`${file}: ${p}`);
  return entries;
};
const listed = [];
const chromeEntries = check(chrome, 'manifest.json', (m) => [
  ...(m.background?.service_worker ? [] : ['no background.service_worker (not the Chrome build?)']),
  ...(m.browser_specific_settings ? ['has browser_specific_settings (the Firefox build?)'] : []),
]);
listed.push([chrome, chromeEntries]);
const firefoxEntries = check(firefox, 'manifest.json', (m) => [
  ...(m.browser_specific_settings?.gecko?.id ? [] : ['no browser_specific_settings.gecko.id']),
  ...(Array.isArray(m.background?.scripts) ? [] : ['no background.scripts']),
]);
listed.push([firefox, firefoxEntries]);
const prefix = `${name}-${version}/`;
const sourceEntries = check(source, `${prefix}package.json`, (_p, entries) =>
  [`${prefix}manifest.json`, `${prefix}package-lock.json`, `${prefix}vite.config.ts`, `${prefix}docs/firefox-and-packaging.md`]
    .filter((f) => !entries.has(f))
    .map((f) => `no ${f}${f.endsWith('.md') ? ' (commit it: AMO reviewers need the build steps)' : ''}`),
);
listed.push([source, sourceEntries]);

console.log(`\nartifacts/ (version ${version}, source at ${head.slice(0, 12)}${dirty.length > 0 ? ', working tree dirty' : ''}):`);
for (const [file, entries] of listed) {
  const bytes = statSync(join(ARTIFACTS, file)).size;
  const unpacked = [...entries.values()].reduce((sum, e) => sum + e.size, 0);
  console.log(`  ${file.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB  (${entries.size} entries, ${(unpacked / 1024).toFixed(1)} KiB unpacked)`);
}
if (problems.length > 0) fail(`\n  ${problems.join('\n  ')}`);
console.log('every archive has its manifest.json at the right version');

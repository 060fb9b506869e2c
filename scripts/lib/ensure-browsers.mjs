// The real-browser steps need Debian's Chromium (and Firefox ESR for npm test). On a fresh
// machine where we are root, install them with apt-get, so `npm ci && npm start` and `npm test`
// really do all set-up; otherwise say exactly what to install. No browser is ever downloaded
// from anywhere but Debian's archive.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };

/** @param {(keyof typeof PACKAGES)[]} names */
export function ensureBrowsers(names) {
  const unknown = names.filter((name) => !(name in PACKAGES));
  if (unknown.length > 0) {
    console.error(`Not a browser this project uses: ${unknown.join(', ')}`);
    return false;
  }
  const missing = names.filter((name) => !existsSync(process.env[`${name.toUpperCase().replace('-', '_')}_PATH`] ?? PACKAGES[name]));
  if (missing.length === 0) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`Missing ${missing.join(' and ')}: install with  sudo apt-get install -y ${missing.join(' ')}`);
    return false;
  }
  console.log(`Installing Debian's ${missing.join(' and ')} (first run on this machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    return true;
  } catch {
    console.error(`Could not install ${missing.join(' and ')} with apt-get.`);
    return false;
  }
}

// As a command (used by .ci/run before `npm ci`): node scripts/lib/ensure-browsers.mjs chromium firefox-esr
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exit(ensureBrowsers(process.argv.slice(2)) ? 0 : 1);
}

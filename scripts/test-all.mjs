// `npm test`: every gate and every suite, in the order a failure is cheapest to find.
// Type-check, lint, build (Chrome and Firefox), web-ext lint, unit tests (in UTC, UTC−10 and UTC+14), real-browser tests in
// Debian's Chromium and Firefox ESR.
// Ends with one plain line "N passed, N failed" over everything (CI reads it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureBrowsers } from './lib/ensure-browsers.mjs';

mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return result.status === 0;
}

/** A gate counts as one check. */
function gate(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else failed++;
  console.log(`   ${label}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

/** A vitest suite counts each of its tests; a suite that could not run at all counts as one failure. */
function suite(label, configArgs, env = {}) {
  const report = `artifacts/${label.replace(/\W+/g, '-')}-results.json`;
  const ok = run(label, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
    if (json.numTotalTests === 0) failed++;
    console.log(`   ${label}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
  } catch {
    failed++;
    console.log(`   ${label}: no report (the suite did not run)`);
  }
}

// Not a check of ours: a missing browser only counts when it cannot be installed.
if (!ensureBrowsers(['chromium', 'firefox-esr'])) failed++;
gate('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
gate('lint', 'npx', ['biome', 'lint', '--error-on-warnings', 'src', 'tests', 'scripts']);
const built = gate('build (Chrome)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
gate('build (Firefox)', 'npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn']);
// The test builds: panel contract exposed, optional sites granted at install (vite.config.ts).
const builtForTests = gate('build (Chrome test build: dist-test)', 'npx', ['vite', 'build', '--mode', 'test', '--logLevel', 'warn']);
const builtForFirefoxTests = gate('build (Firefox test build: dist-firefox-test)', 'npx', ['vite', 'build', '--mode', 'firefox-test', '--logLevel', 'warn']);
gate('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--no-config-discovery']);
suite('unit', []);
// Issue 13.5: the unit tests again at the extremes of the world's clocks (vitest.config.ts pins TEST_TZ).
suite('unit (UTC−10, Pacific/Honolulu)', [], { TEST_TZ: 'Pacific/Honolulu' });
suite('unit (UTC+14, Pacific/Kiritimati)', [], { TEST_TZ: 'Pacific/Kiritimati' });
if (built && builtForTests) suite('browser', ['--config', 'vitest.e2e.config.ts']);
else {
  failed++;
  console.log('   browser: skipped because the build failed');
}
if (builtForFirefoxTests) suite('firefox', ['--config', 'vitest.firefox.config.ts']);
else {
  failed++;
  console.log('   firefox: skipped because the build failed');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

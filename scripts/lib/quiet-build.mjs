// `npm start` builds the test build before opening the sample; a runner needs to know it worked,
// not the bundler's file list and the build plugin's own notices (@crxjs prints its content-script
// steps and a warning about its own settings on every build). The build's output is kept and shown
// in full only when it fails.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Runs `vite build --mode <mode>`; prints one line on success, everything on failure. */
export function quietBuild(mode) {
  // vite's package exports no bin path; the installed CLI sits at the same place in every install.
  const vite = resolve('node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--mode', mode, '--logLevel', 'error'], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(result.stdout ?? '');
    console.error(result.stderr ?? '');
    console.error(`The ${mode} build failed (above).`);
    return false;
  }
  console.log(`Built the extension (dist-${mode}/).`);
  return true;
}

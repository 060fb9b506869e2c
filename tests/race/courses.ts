import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGpx } from '../../src/race/gpx';

const DIR = join(__dirname, '../fixtures/courses');
export const gpxText = (file: string): string => readFileSync(join(DIR, file), 'utf8');

/** A fixture course read by the extension's own GPX reader. */
export function course(file: string) {
  const read = readGpx(gpxText(file));
  if (!read.ok) throw new Error(`${file}: ${read.problem}`);
  return read.value;
}

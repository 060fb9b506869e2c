/**
 * A URL path without its trailing slashes ("/activities/1///" → "/activities/1"). A loop from the
 * end, linear in the path's length: `path.replace(/\/+$/, '')` backtracks on a path full of slashes
 * that do not end it (every run of slashes is tried to the end), quadratic on a crafted URL.
 */
export function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47 /* "/" */) end--;
  return end === path.length ? path : path.slice(0, end);
}

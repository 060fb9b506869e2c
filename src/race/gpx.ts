import { gpx } from '@tmcw/togeojson';
import { type Course, type CourseProblem, courseFromTrack, MAX_POINTS, type Position } from '../core/race/index';

/**
 * A GPX file → the course. The XML is read by the page's own DOMParser (no script in it runs, and
 * nothing is fetched) and turned into lines by @tmcw/togeojson, which knows GPX's tracks, segments
 * and routes; the distance and profile come from src/core.
 */
export type GpxProblem = CourseProblem | 'not-gpx' | 'too-big';

export interface GpxCourse {
  course: Course;
  /** The first point: the place the forecast is looked up for (rounded before it leaves). */
  start: { lat: number; lng: number };
  name: string | null;
}

/** 50 MB: a 100,000-point file is about 10 MB; anything far larger is not a course. */
export const MAX_GPX_BYTES = 50_000_000;

function positionsOf(doc: Document): Position[] {
  const out: Position[] = [];
  for (const feature of gpx(doc).features) {
    const g = feature.geometry;
    // Tracks, segments and routes in file order; waypoints (aid stations, summits) are not the line.
    if (g?.type === 'LineString') out.push(...g.coordinates);
    else if (g?.type === 'MultiLineString') for (const line of g.coordinates) out.push(...line);
  }
  return out;
}

export function readGpx(text: string, parser: DOMParser = new DOMParser()): { ok: true; value: GpxCourse } | { ok: false; problem: GpxProblem } {
  if (text.length > MAX_GPX_BYTES) return { ok: false, problem: 'too-big' };
  // Counted in the text first, so a huge file is refused before the XML is built.
  if ((text.match(/<(?:\w+:)?(?:trkpt|rtept)\b/g)?.length ?? 0) >= MAX_POINTS) return { ok: false, problem: 'too-many-points' };
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch {
    return { ok: false, problem: 'not-gpx' };
  }
  const root = doc.documentElement;
  if (root?.localName !== 'gpx' || doc.getElementsByTagName('parsererror').length > 0) return { ok: false, problem: 'not-gpx' };
  const positions = positionsOf(doc);
  const result = courseFromTrack(positions);
  if ('problem' in result) return { ok: false, problem: result.problem };
  const [lng = 0, lat = 0] = positions[0] ?? [];
  // The file's or the track's own name, not a waypoint's ("FINISH").
  const name = [...doc.getElementsByTagName('name')].find((n) => n.parentElement?.localName !== 'wpt')?.textContent?.trim() || null;
  return { ok: true, value: { course: result.course, start: { lat, lng }, name } };
}

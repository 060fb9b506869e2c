import { describe, expect, test } from 'vitest';
import { MAX_POINTS } from '../../src/core/index';
import { readGpx } from '../../src/race/gpx';
import { gpxText } from './courses';

const gpx = (body: string) => `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">${body}</gpx>`;
const trk = (pts: [number, number, number?][]) =>
  gpx(`<trk><name>Test</name><trkseg>${pts.map(([lat, lon, ele]) => `<trkpt lat="${lat}" lon="${lon}">${ele === undefined ? '' : `<ele>${ele}</ele>`}</trkpt>`).join('')}</trkseg></trk>`);

describe('readGpx: real files', () => {
  test("Strava's own route export: the distance Strava gives (14,915 m) within 1 %, a profile and the start", () => {
    const read = readGpx(gpxText('strava-route-16341573.gpx'));
    if (!read.ok) throw new Error(read.problem);
    expect(read.value.course.distanceM).toBeGreaterThan(14_915 * 0.99);
    expect(read.value.course.distanceM).toBeLessThan(14_915 * 1.01);
    expect(read.value.course.points.length).toBeGreaterThan(100);
    expect(read.value.start).toEqual({ lat: 40.733650000000004, lng: -73.98592000000001 });
    expect(read.value.name).toBe('Lower Manhattan Loop');
  });

  test('a route (rtept) and several track segments are read in order', () => {
    const route = gpx('<rte><rtept lat="45" lon="6"/><rtept lat="45.01" lon="6"/></rte>');
    const read = readGpx(route);
    expect(read.ok && read.value.course.distanceM).toBe(1112);
    const segments = gpx('<trk><trkseg><trkpt lat="45" lon="6"/><trkpt lat="45.01" lon="6"/></trkseg><trkseg><trkpt lat="45.02" lon="6"/><trkpt lat="45.03" lon="6"/></trkseg></trk>');
    const both = readGpx(segments);
    expect(both.ok && both.value.course.distanceM).toBe(3336);
  });

  test('elevation is optional: a file without it gives a course with no profile (taken as flat)', () => {
    const read = readGpx(trk([[45, 6], [45.01, 6], [45.02, 6]]));
    expect(read.ok && read.value.course).toEqual({ distanceM: 2224, points: [] });
  });
});

describe('readGpx: bad files get a problem, never a throw', () => {
  test.each([
    ['an HTML page', '<!doctype html><html><body>Not found</body></html>', 'not-gpx'],
    ['JSON', '{"type":"FeatureCollection"}', 'not-gpx'],
    ['an empty file', '', 'not-gpx'],
    ['broken XML', '<gpx><trk><trkseg><trkpt lat="1"', 'not-gpx'],
    ['a KML file', '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', 'not-gpx'],
    ['a GPX with only waypoints', gpx('<wpt lat="45" lon="6"><name>Aid</name></wpt>'), 'no-points'],
    ['a GPX with one point', trk([[45, 6, 100]]), 'no-points'],
    ['points off the Earth', trk([[95, 6], [99, 6]]), 'no-points'],
    ['a 150 km jump between two points', trk([[45, 6], [45.01, 6], [46.4, 6]]), 'jump'],
    ['a 2,000 m climb in 50 m', trk([[45, 6, 100], [45.0005, 6, 2100], [45.001, 6, 2100]]), 'climb'],
  ])('%s', (_name, text, problem) => {
    expect(readGpx(text)).toEqual({ ok: false, problem });
  });

  test('100,000 points or more is refused before the XML is built', () => {
    const point = '<trkpt lat="45" lon="6"/>';
    const text = gpx(`<trk><trkseg>${point.repeat(MAX_POINTS)}</trkseg></trk>`);
    let built = false;
    const parser = {
      parseFromString: () => {
        built = true;
        return new DOMParser().parseFromString('<gpx/>', 'application/xml');
      },
    } as unknown as DOMParser;
    expect(readGpx(text, parser)).toEqual({ ok: false, problem: 'too-many-points' });
    expect(built).toBe(false);
  });

  test('a file far larger than any course is refused unread', () => {
    expect(readGpx(' '.repeat(50_000_001))).toEqual({ ok: false, problem: 'too-big' });
  });
});

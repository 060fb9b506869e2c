import { useState } from 'preact/hooks';
import { climbM, type SavedRace } from '../core/race/index';
import { formatNumber } from '../core/format';
import { toShown, type Units, unitSymbol } from '../core/units';
import { type MessageKey, t } from '../platform/i18n';
import { type GpxProblem, readGpx } from './gpx';

/** Why a GPX was refused, in the runner's words (the file input and a route handed over alike). */
export const GPX_PROBLEM: Record<GpxProblem, MessageKey> = {
  'not-gpx': 'raceGpxNotGpx',
  'no-points': 'raceGpxNoPoints',
  'too-many-points': 'raceGpxTooMany',
  jump: 'raceGpxJump',
  climb: 'raceGpxClimb',
  'too-big': 'raceGpxTooBig',
};

interface Props {
  course: SavedRace['course'] | null;
  units: Units;
  locale: string;
  onCourse: (course: SavedRace['course'], name: string | null) => void;
}

/** The GPX file input: a bad file says why and leaves the course (and everything typed) as it was. */
export function CourseInput({ course, units, locale, onCourse }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const load = async (file: File | undefined) => {
    if (!file) return;
    const read = readGpx(await file.text());
    if (!read.ok) return setProblem(t(GPX_PROBLEM[read.problem]));
    setProblem(null);
    onCourse({ ...read.value.course, start: read.value.start, fileName: file.name.slice(0, 200) }, read.value.name);
  };
  return (
    <div class="race-course">
      <label>
        {t('raceGpx')}
        <input type="file" accept=".gpx,application/gpx+xml,application/xml,text/xml" onChange={(e) => load((e.target as HTMLInputElement).files?.[0])} />
      </label>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {course && (
        <p class="race-course-summary" data-testid="course-summary">
          {t('raceGpxRead', course.fileName ?? '', formatNumber(toShown('distance', course.distanceM, units), 1, locale), unitSymbol('distance', units), formatNumber(Math.round(climbM(course.points)), 0, locale))}
        </p>
      )}
    </div>
  );
}

import type { NextCapture } from './next-capture';
import type { OwnerHints, RawCell, StravaReading } from './reading';

/**
 * A reading arrives from a content script as plain JSON: take only fields of the expected
 * types, so interpretation never meets anything it did not expect (and never throws on it).
 * Lookups use own properties only (a page cannot smuggle `constructor` or `__proto__` in).
 */
const own = (r: Record<string, unknown>, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : undefined);
const str = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : '');
const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function cell(raw: unknown): RawCell[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const c = rec(raw);
  return [{ hook: str(own(c, 'hook'), 200), label: str(own(c, 'label'), 200), value: str(own(c, 'value'), 200), unitTitle: str(own(c, 'unitTitle'), 100), from: own(c, 'from') === 'weather' ? 'weather' : 'device' }];
}

function props(raw: unknown): StravaReading['publicProps'] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((typeof value === 'string' && value.length < 200) || (typeof value === 'number' && Number.isFinite(value))) kept[key] = value;
  }
  return kept;
}

/** The Next.js capture: its activity stays `unknown`-typed JSON (next.ts reads it defensively). */
function next(raw: unknown): NextCapture | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const n = rec(raw);
  const activity = rec(own(n, 'activity'));
  return {
    activity: own(n, 'activity') === null ? null : { sportType: own(activity, 'sportType'), startLocal: own(activity, 'startLocal'), scalars: own(activity, 'scalars') },
    summaryDistance: str(own(n, 'summaryDistance'), 200),
    summaryTime: str(own(n, 'summaryTime'), 200),
    viewerId: str(own(n, 'viewerId'), 20),
    ownerId: str(own(n, 'ownerId'), 20),
    startPoint: own(n, 'startPoint'),
  };
}

function owner(raw: unknown): OwnerHints {
  const o = rec(raw);
  return { editLink: own(o, 'editLink') === true, viewerId: str(own(o, 'viewerId'), 20), ownerId: str(own(o, 'ownerId'), 20) };
}

export function asStravaReading(raw: unknown): StravaReading {
  const r = rec(raw);
  const layout = own(r, 'layout');
  const cells = own(r, 'cells');
  return {
    language: str(own(r, 'language'), 10),
    layout: layout === 'classic' || layout === 'next' || layout === 'public' ? layout : 'none',
    heading: str(own(r, 'heading'), 500),
    name: str(own(r, 'name'), 500),
    title: str(own(r, 'title'), 500),
    workoutTag: str(own(r, 'workoutTag'), 200),
    startTime: str(own(r, 'startTime'), 200),
    cells: Array.isArray(cells) ? cells.slice(0, 200).flatMap(cell) : [],
    publicProps: props(own(r, 'publicProps')),
    next: next(own(r, 'next')),
    pageViewActivity: str(own(r, 'pageViewActivity'), 2000),
    owner: owner(own(r, 'owner')),
  };
}

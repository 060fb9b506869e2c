import type { RawCell, StravaReading } from './reading';

/**
 * A reading arrives from a content script as plain JSON: take only fields of the expected
 * types, so interpretation never meets anything it did not expect (and never throws on it).
 */
const str = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : '');

function cell(raw: unknown): RawCell[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const c = raw as Record<string, unknown>;
  return [{ hook: str(c.hook, 200), label: str(c.label, 200), value: str(c.value, 200), unitTitle: str(c.unitTitle, 100), from: c.from === 'weather' ? 'weather' : 'device' }];
}

function props(raw: unknown): StravaReading['publicProps'] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((typeof value === 'string' && value.length < 200) || (typeof value === 'number' && Number.isFinite(value))) kept[key] = value;
  }
  return kept;
}

export function asStravaReading(raw: unknown): StravaReading {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const layout = r.layout === 'classic' || r.layout === 'public' ? r.layout : 'none';
  return {
    language: str(r.language, 10),
    layout,
    heading: str(r.heading, 500),
    title: str(r.title, 500),
    workoutTag: str(r.workoutTag, 200),
    startTime: str(r.startTime, 200),
    cells: Array.isArray(r.cells) ? r.cells.slice(0, 200).flatMap(cell) : [],
    publicProps: props(r.publicProps),
  };
}

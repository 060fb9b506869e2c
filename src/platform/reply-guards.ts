import type { ExtractResult } from '../sites/types';
import type { Analyzed, ProfileState } from './messages';

/**
 * Shape checks for the replies the content script reads. The background built these replies
 * from schema-checked data (every request is zod-parsed there), so the content script only has
 * to make sure the panel will not render garbage — without shipping zod in a 15 kB budget.
 * Each guard checks every field the panel reads.
 */
type Guard = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const optional = (guard: Guard): Guard => (v) => v === undefined || guard(v);
const oneOf = (...values: string[]): Guard => (v) => isString(v) && values.includes(v);
const arrayOf = (guard: Guard): Guard => (v) => Array.isArray(v) && v.every(guard);
const shape = (fields: Record<string, Guard>): Guard => (v) => isObject(v) && Object.entries(fields).every(([k, g]) => g(v[k]));

const range = shape({ value: isNumber, low: isNumber, high: isNumber });
const note = shape({ field: isString, message: isString });

const finding = shape({
  id: isString,
  severity: oneOf('info', 'caution', 'warning'),
  lacked: isString,
  nextTime: isString,
  why: optional(isString),
  sources: arrayOf(isString),
});

const analysis = shape({
  estimates: shape({
    sweatRateLph: (v) => range(v) && isObject(v) && oneOf('measured', 'personal', 'predicted')(v.basis),
    sweatLossMl: range,
    sodiumLossMg: range,
    wbgtC: optional(isNumber),
    heatFlag: optional(oneOf('white', 'green', 'yellow', 'red', 'black')),
  }),
  plan: isObject,
  findings: arrayOf(finding),
  crampRisk: shape({ level: oneOf('low', 'moderate', 'high'), contributors: arrayOf(isString) }),
  missing: arrayOf(note),
  invalid: arrayOf(note),
});

/** The runner's cramp log, which the panel shows. */
const cramp = shape({ cramped: (x) => typeof x === 'boolean', atMin: optional(isNumber), muscles: optional(arrayOf(isString)) });

export const isAnalyzed = (v: unknown): v is Analyzed =>
  shape({ activity: shape({ movingS: isNumber, source: isString, cramp: optional(cramp) }), analysis, analyzedAt: isString })(v);

export const isProfileState = (v: unknown): v is ProfileState =>
  shape({
    profile: shape({ units: oneOf('metric', 'imperial') }),
    settings: shape({ sites: isObject, panelCollapsed: (x) => typeof x === 'boolean' }),
    recovered: arrayOf(shape({ key: isString, backupKey: isString, at: isString })),
  })(v);

const NUMBER_FIELDS = ['movingS', 'elapsedS', 'distanceM', 'elevationGainM', 'temperatureC', 'humidityPct', 'avgHeartRate', 'calories', 'energyKj'];
const problem = shape({ field: isString, reason: isString });

/** Every number the panel would show is a finite number; nothing else rides along as a value. */
const draft = (v: unknown) =>
  isObject(v) &&
  NUMBER_FIELDS.every((f) => optional(isNumber)(v[f])) &&
  optional(oneOf('run', 'trail_run', 'walk', 'hike', 'ride', 'other'))(v.sport) &&
  optional(isString)(v.startTime) &&
  optional(oneOf('weather', 'device', 'manual', 'lookup'))(v.temperatureSource);

export const isExtractResult = (v: unknown): v is ExtractResult =>
  shape({ layout: isString, activity: draft, unread: arrayOf(problem), rejected: arrayOf(problem), temperatureSource: optional(oneOf('weather', 'device', 'manual', 'lookup')) })(v);

/** The import-training-log reply: how many activities were new, and how many are stored. */
export const isImportCount = (v: unknown): v is { added: number; total: number } => shape({ added: isNumber, total: isNumber })(v);

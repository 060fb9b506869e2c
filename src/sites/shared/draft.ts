/**
 * Collects what an adapter read, what it could not, and what it refused. The first plausible
 * value offered for a field wins (adapters offer the most trusted source first); values outside
 * the shared plausibility limits go to `rejected`, never into the activity. Plain functions over
 * a plain object, so a bundle can shorten every name.
 */
import type { ActivityDraft } from '../../core/activity';
import { implausibleReason, type LimitedField } from '../../core/plausibility';
import type { FieldProblem } from '../types';
import { quoted } from './text';

type Field = keyof ActivityDraft;

export interface Draft {
  activity: ActivityDraft;
  rejected: FieldProblem[];
  /** Why a field could not be read; reported only if no other source supplies the field. */
  misses: FieldProblem[];
  /** The page language's decimal separator (see numbers.ts), when the page declares a language. */
  decimalSeparator: '.' | ',' | undefined;
  /** Average speeds shown (as a speed or a pace), m/s, first = the average: a cross-check, not a field. */
  speedsMs: number[];
}

export function newDraft(decimalSeparator?: '.' | ','): Draft {
  return { activity: {}, rejected: [], misses: [], decimalSeparator, speedsMs: [] };
}

/** Offer a number; true when it was taken (in range and the field still empty). */
export function offer(draft: Draft, field: LimitedField, value: number): boolean {
  if (draft.activity[field] !== undefined) return false;
  const reason = implausibleReason(field, value);
  if (reason === null) draft.activity[field] = value;
  else draft.rejected.push({ field, reason });
  return reason === null;
}

/** Set a non-numeric field (sport, startTime, isRace) unless already set. */
export function setOnce<K extends Field>(draft: Draft, field: K, value: ActivityDraft[K]): void {
  draft.activity[field] ??= value;
}

/** Record why a field could not be read (ignored later if another source supplies it). */
export function miss(draft: Draft, field: Field, reason: string): void {
  draft.misses.push({ field, reason });
}

/** Take a value back out because a cross-check shows it is wrong. */
export function reject(draft: Draft, field: Field, reason: string): void {
  delete draft.activity[field];
  draft.rejected.push({ field, reason });
}

/** Run one field's reading; whatever it throws becomes an unread reason, never an exception. */
export function attempt(draft: Draft, field: Field, read: () => void): void {
  try {
    read();
  } catch (error) {
    miss(draft, field, `could not be read (${quoted(error instanceof Error ? error.message : String(error))})`);
  }
}

/** Unread problems for fields neither read nor rejected; `expected` fields never seen get `notShown`. */
export function unread(draft: Draft, expected: readonly Field[], notShown: string): FieldProblem[] {
  const settled = (field: Field) => draft.activity[field] !== undefined || draft.rejected.some((r) => r.field === field);
  const byField = new Map<Field, string[]>();
  for (const { field, reason } of draft.misses) {
    const reasons = byField.get(field) ?? [];
    if (!settled(field) && !reasons.includes(reason)) byField.set(field, [...reasons, reason]);
  }
  for (const field of expected) if (!settled(field) && !byField.has(field)) byField.set(field, [notShown]);
  return [...byField].map(([field, reasons]) => ({ field, reason: reasons.join('; ') }));
}

/**
 * Collects what an adapter read, what it could not, and what it refused. The first plausible
 * value offered for a field wins (adapters offer the most trusted source first); values outside
 * the shared plausibility limits go to `rejected`, never into the activity.
 */
import type { ActivityDraft } from '../../core/activity';
import { implausibleReason, type LimitedField } from '../../core/plausibility';
import type { FieldProblem } from '../types';
import { quoted } from './text';

type Field = keyof ActivityDraft;

export class DraftBuilder {
  readonly activity: ActivityDraft = {};
  readonly rejected: FieldProblem[] = [];
  private readonly problems: FieldProblem[] = [];

  /** Offer a number; returns true when it was taken (in range and the field still empty). */
  offer(field: LimitedField, value: number): boolean {
    if (this.activity[field] !== undefined) return false;
    const reason = implausibleReason(field, value);
    if (reason !== null) {
      this.rejected.push({ field, reason });
      return false;
    }
    this.activity[field] = value;
    return true;
  }

  /** Set a non-numeric field (sport, startTime, isRace) unless already set. */
  set<K extends Field>(field: K, value: ActivityDraft[K]): void {
    if (this.activity[field] === undefined) this.activity[field] = value;
  }

  /** Record why a field could not be read (ignored later if another source supplies it). */
  miss(field: Field, reason: string): void {
    this.problems.push({ field, reason });
  }

  /** Take a value back out because a cross-check shows it is wrong. */
  reject(field: Field, reason: string): void {
    delete this.activity[field];
    this.rejected.push({ field, reason });
  }

  /** Run one field's reading; whatever it throws becomes an unread reason, never an exception. */
  attempt(field: Field, read: () => void): void {
    try {
      read();
    } catch (error) {
      this.miss(field, `could not be read (${quoted(error instanceof Error ? error.message : String(error))})`);
    }
  }

  /** Unread problems for fields neither read nor rejected; `expected` fields never seen get `notShown`. */
  unread(expected: readonly Field[], notShown: string): FieldProblem[] {
    const settled = (field: Field) => this.activity[field] !== undefined || this.rejected.some((r) => r.field === field);
    const byField = new Map<Field, string[]>();
    for (const { field, reason } of this.problems) {
      if (!settled(field) && !byField.get(field)?.includes(reason)) byField.set(field, [...(byField.get(field) ?? []), reason]);
    }
    for (const field of expected) if (!settled(field) && !byField.has(field)) byField.set(field, [notShown]);
    return [...byField].map(([field, reasons]) => ({ field, reason: reasons.join('; ') }));
  }
}

import { formatNumber, formatRateLph } from '../core/format';
import { type Units, unitSymbol } from '../core/units';
import { uiLanguage } from '../platform/i18n';

/**
 * Numbers as the runner's browser writes them (decimal comma or point), with a fixed number of
 * decimals so a live result does not jump between "1.2" and "1.25" while typing (core/format.ts).
 */
export const formatFixed = (value: number, digits: number): string => formatNumber(value, digits, uiLanguage(), { fixed: true });

/** A limit or plain value in a message, in the browser's language ("0.1", "0,1"), without grouping ("3000"). */
export const formatPlain = (value: number): string => formatNumber(value, 2, uiLanguage(), { grouping: false });

/** A sweat rate in the runner's units and the browser's language: "1.2 L/h", "41 fl oz/h". */
export const formatRate = (lph: number, units: Units): string => formatRateLph(lph, units, uiLanguage());

/** The sweat rate's unit as typed in a field: "L/h" or "fl oz/h". */
export const rateUnit = (units: Units): string => `${unitSymbol('volume', units)}/h`;

/** A number typed by the runner: accepts a decimal comma; blank gives null, junk gives NaN. */
export function parseTyped(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

/** Today's date as YYYY-MM-DD in the runner's own time zone (toISOString would use UTC). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A stored ISO time as the runner's calendar date, in the browser's language ("14 Jun 2026"). */
export function formatDay(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(ms)) : iso;
}

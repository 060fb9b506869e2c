// One place that configures zod for the whole extension.
// zod/mini keeps the content-script bundle small (full zod is ~27 kB gzipped), and
// jitless mode stops zod probing `Function('')`, which the MV3 CSP forbids.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/** A number inside a range from limits.ts: schemas take their limits from there, never restate them. */
export const inRange = (range: { min: number; max: number }) => z.number().check(z.gte(range.min), z.lte(range.max));

/** Text of at most `max` characters (limits.ts TEXT_LIMITS): every string a schema takes has a bound. */
export const text = (max: number) => z.string().check(z.maxLength(max));

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';
import { profile, run } from './helpers';

describe('a looked-up temperature in the estimate', () => {
  it('uses the mean over the hours, with the hottest hour as the top of the range', () => {
    const mean = analyze(run({ temperatureC: 20, temperatureSource: 'lookup' }), profile());
    const withHigh = analyze(run({ temperatureC: 20, temperatureHighC: 27, temperatureSource: 'lookup' }), profile());
    expect(withHigh.estimates.sweatRateLph.value).toBe(mean.estimates.sweatRateLph.value);
    expect(withHigh.estimates.sweatRateLph.high).toBeGreaterThan(mean.estimates.sweatRateLph.high);
    expect(withHigh.estimates.sweatRateLph.low).toBe(mean.estimates.sweatRateLph.low);
    // A known temperature: nothing is asked of the runner about it.
    expect(withHigh.missing.map((n) => n.field)).not.toContain('temperatureC');
  });

  it('a top below the mean (garbage) never narrows the range; an implausible top is ignored with a note', () => {
    const mean = analyze(run({ temperatureC: 20 }), profile());
    expect(analyze(run({ temperatureC: 20, temperatureHighC: 10 }), profile()).estimates.sweatRateLph.high).toBe(mean.estimates.sweatRateLph.high);
    const bad = analyze(run({ temperatureC: 20, temperatureHighC: 300 }), profile());
    expect(bad.estimates.sweatRateLph.high).toBe(mean.estimates.sweatRateLph.high);
    expect(bad.invalid.map((n) => n.field)).toContain('temperatureHighC');
  });
});

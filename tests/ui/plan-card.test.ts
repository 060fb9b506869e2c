import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';
import { planCardText } from '../../src/ui/plan-card';
import { profile, run } from '../core/helpers';

describe('plan card (issue 11.1, 11.7)', () => {
  it('a long slow run: drink to thirst with a ceiling, no sip schedule, recovery only if training again soon', () => {
    const a = analyze(run({ movingS: 5 * 3600, distanceM: 40_000 }), profile());
    const card = planCardText({ durationMin: 300 }, a.plan, 'metric');
    const during = card.split('\n').find((l) => l.startsWith('During:')) ?? '';
    expect(during).toMatch(/^During: drink to thirst, at most \d+ mL\/h/);
    expect(during).not.toMatch(/every \d+ min/);
    expect(card).toMatch(/If you train again within 8 h: \d+ g carbohydrate per hour for up to 4 h, starting within 30 min, and \d+ g protein\./);
  });

  it('a 50 min easy run at 15 °C: no bottle, no recovery carbohydrate, drink to thirst after', () => {
    const a = analyze(run({ movingS: 3000, distanceM: 9000 }), profile());
    const card = planCardText({ durationMin: 50 }, a.plan, 'metric');
    expect(card).toContain('After: drink to thirst with your meals; weigh yourself before and after');
    expect(card).not.toContain('If you train again');
    expect(a.plan.during.carry ?? []).not.toContainEqual(expect.stringMatching(/bottle|flask/));
  });

  it('after 100 miles the card gives no litre figure from a prediction, only from weights', () => {
    const ultra = run({ movingS: 28 * 3600, distanceM: 161_000, temperatureC: 25 });
    const predicted = planCardText({ durationMin: 28 * 60 }, analyze(ultra, profile()).plan, 'metric');
    expect(predicted).not.toMatch(/^After: [\d.]+ L/m);
    expect(predicted).toContain('After: drink to thirst');
    const weighed = analyze({ ...ultra, intake: { massBeforeKg: 70, massAfterKg: 67, fluidMl: 12_000 } }, profile());
    expect(planCardText({ durationMin: 28 * 60 }, weighed.plan, 'metric')).toContain('After: 3.8 L fluid over the next hours.');
  });

  it('with the runner\'s products the card says the plan in them, without the generic kinds', () => {
    const products = [
      { name: 'My mix', kind: 'drink' as const, volumeMl: 500, carbsG: 30, sodiumMg: 400 },
      { name: 'Citrus gel', kind: 'gel' as const, volumeMl: 0, carbsG: 25, sodiumMg: 50 },
    ];
    const a = analyze(run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: 24, humidityPct: 60 }), profile({ products }));
    const card = planCardText({ durationMin: 180 }, a.plan, 'metric', 'en', products);
    expect(card).toMatch(/• Your products: \d+ × 500 mL of My mix, one Citrus gel every \d+ min \(\d+ in all\)/);
    expect(card).not.toMatch(/gels? \(~20–25 g each\)/);
    const generic = planCardText({ durationMin: 180 }, analyze(run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: 24, humidityPct: 60 }), profile()).plan, 'metric');
    expect(generic).not.toContain('Your products');
    expect(generic).toMatch(/gel/);
  });

  it('under imperial units the card says every value in fl oz, lb and ℉, the assumed mild weather included', () => {
    const sessions = [
      run({ movingS: 5 * 3600, distanceM: 40_000, temperatureC: 28 }),
      run({ movingS: 28 * 3600, distanceM: 161_000, temperatureC: 25, intake: { massBeforeKg: 70, massAfterKg: 67, fluidMl: 12_000 } }),
      run({ movingS: 3000, distanceM: 9000 }),
    ];
    for (const session of sessions) {
      const card = planCardText({ durationMin: session.movingS / 60 }, analyze(session, { ...profile(), units: 'imperial' }).plan, 'imperial');
      expect(card.match(/\d\s*(mL|L\/h|L|kg|°C|cm|km)\b/)?.[0] ?? null).toBeNull();
    }
    const unknownWeather = planCardText({ durationMin: 50 }, analyze(run({ movingS: 3000, distanceM: 9000 }), profile()).plan, 'imperial');
    expect(unknownWeather).toContain('none given, a mild 59 °F with a wide range');
  });
});

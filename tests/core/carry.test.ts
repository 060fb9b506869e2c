import { describe, expect, it } from 'vitest';
import { carryList } from '../../src/core/carry';

const base = { hours: 3, fluidMlPerH: 600, sodiumMgPerH: 500, carbsGPerH: 60, mouthRinse: false, massKg: 70, pickleJuice: false, units: 'metric' as const };

describe('carryList', () => {
  it('counts products from the plan (3 h: 1.8 L, 1500 mg sodium, 180 g carbs)', () => {
    const items = carryList(base);
    expect(items[0]).toContain('1.8 L in all');
    expect(items[1]).toContain('4 × 500 mL bottles');
    expect(items[1]).toContain('7 salt capsules');
    expect(items[1]).toContain('one every 25 min');
    expect(items[2]).toContain('8 gels');
    expect(items.join(' ')).not.toMatch(/pickle/);
  });

  it.each([
    [{ ...base, hours: 1, fluidMlPerH: 450, sodiumMgPerH: 0, carbsGPerH: 0 }, /^Fluid: one handheld bottle/],
    [{ ...base, hours: 2 }, /^Fluid: a belt or vest with two 500 mL soft flasks/],
    [{ ...base, hours: 1, fluidMlPerH: 0, sodiumMgPerH: 0, carbsGPerH: 0, mouthRinse: true }, /^Carbohydrate: a small bottle of sports drink/],
  ])('%o', (input, pattern) => {
    expect(carryList(input)[0]).toMatch(pattern);
  });

  it('adds a pickle-juice shot with its caveat when cramps are likely', () => {
    const pickle = carryList({ ...base, pickleJuice: true }).at(-1) ?? '';
    expect(pickle).toContain('70 mL');
    expect(pickle).toContain('2021 replication found no effect');
  });

  it('speaks imperial when asked', () => {
    expect(carryList({ ...base, units: 'imperial' }).join(' ')).toContain('61 fl oz in all');
  });
});

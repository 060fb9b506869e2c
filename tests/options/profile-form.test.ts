import { describe, expect, it } from 'vitest';
import { fromFormValues, type ProfileFormValues, toFormValues } from '../../src/options/profile-form';

const blank: ProfileFormValues = { bodyMass: '', height: '', sweatRate: '', sweatSodium: '', saltySweater: false, saltySigns: [], crampHistory: '', crampMuscles: [], sex: '', units: 'metric' };

describe('profile form', () => {
  it('turns typed metric values into a profile', () => {
    const result = fromFormValues({ ...blank, bodyMass: '68,5', height: '172', sweatRate: '1.1', saltySweater: true, crampHistory: 'often' }, { units: 'metric' });
    expect(result).toEqual({ profile: { units: 'metric', bodyMassKg: 68.5, heightCm: 172, sweatRateLph: 1.1, saltySweater: true, crampHistory: 'often' } });
  });

  it('converts imperial body mass and height, and shows them back the same', () => {
    const result = fromFormValues({ ...blank, units: 'imperial', bodyMass: '154', height: '69' }, { units: 'metric' });
    if (!('profile' in result)) throw new Error('expected a profile');
    expect(result.profile.bodyMassKg).toBeCloseTo(69.85, 2);
    expect(result.profile.heightCm).toBeCloseTo(175.3, 1);
    expect(toFormValues(result.profile)).toMatchObject({ bodyMass: '154', height: '69' });
  });

  it('reports each bad field and saves nothing', () => {
    const result = fromFormValues({ ...blank, bodyMass: 'heavy', sweatRate: '9', sweatSodium: '50' }, { units: 'metric' });
    expect(result).toEqual({
      errors: {
        bodyMass: 'Body mass (kg) must be a number.',
        sweatRate: 'Sweat rate (L/h) should be between 0.1 and 5.',
        sweatSodium: 'Sweat sodium (mg/L) should be between 100 and 2300.',
      },
    });
  });

  it('refuses a sweat sodium above 2,300 mg/L with the reason (issue 11.3)', () => {
    const result = fromFormValues({ ...blank, sweatSodium: '2500' }, { units: 'metric' });
    expect(result).toEqual({
      errors: { sweatSodium: 'Above 2300 mg/L is not plausible for a healthy adult (the highest measured in marathoners is about 2200 mg/L). Check the unit: mg/L, not mg per hour or mmol/L.' },
    });
    expect(fromFormValues({ ...blank, sweatSodium: '2300' }, { units: 'metric' })).toMatchObject({ profile: { sweatSodiumMgPerL: 2300 } });
  });

  it('keeps what the form does not show, and clears a field left blank', () => {
    const base = { units: 'metric' as const, bodyMassKg: 70, sweatTests: [{ date: '2026-06-01', preKg: 70, postKg: 68.6, drankL: 0.5, durationH: 1.5 }] };
    const result = fromFormValues({ ...toFormValues(base), bodyMass: '' }, base);
    expect(result).toEqual({ profile: { units: 'metric', saltySweater: false, sweatTests: base.sweatTests } });
  });
});

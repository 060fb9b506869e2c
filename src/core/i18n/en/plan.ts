import type { Catalogue } from '../types';

/** English plan text: when to drink before, and what to carry. Amounts arrive formatted. */
export const plan = {
  beforeWhen: (p: { amount: string }) => `about 4 h before the start (or ${p.amount} about 90 min before)`,

  carryOneBottle: (p: { total: string }) => `Fluid: one handheld bottle or soft flask (about ${p.total} in all)`,
  carryTwoFlasks: (p: { flask: string; total: string }) => `Fluid: a belt or vest with two ${p.flask} soft flasks (about ${p.total} in all)`,
  carryVest: (p: { total: string }) =>
    `Fluid: about ${p.total} in all — a hydration vest or planned refills (fountains, a loop past your car)`,
  carryThirst: (p: { total: string; long: boolean }) =>
    `Fluid: drink to thirst, no more than about ${p.total} in all${p.long ? ' — refill at aid stations or fountains rather than carrying it all' : ' — one handheld bottle or soft flask'}`,
  carrySodium: (p: { bottles: number; bottle: string; capsules: number; everyMin: number; perHour: boolean }) =>
    `Sodium: electrolyte drink mix, ${p.bottles} × ${p.bottle} bottle${p.bottles > 1 ? 's' : ''}${p.perHour ? ' per hour' : ''} at ~300–500 mg sodium each, ` +
    `or ${p.capsules} salt capsule${p.capsules > 1 ? 's' : ''}${p.perHour ? ' per hour' : ''} (~200–250 mg each, about one every ${p.everyMin} min) or salty chews`,
  carryGels: (p: { gels: number; everyMin: number; perHour: boolean }) =>
    `Carbohydrate: ${p.gels} gel${p.gels > 1 ? 's' : ''}${p.perHour ? ' per hour' : ''} (~20–25 g each), about one every ${p.everyMin} min, or the same carbohydrate as drink mix, chews or real food`,
  carryMouthRinse: () => 'Carbohydrate: a small bottle of sports drink to rinse or sip — no gels needed',
  carryPickleJuice: (p: { shot: string; metric: boolean }) =>
    `At the first twinge: a pickle-juice shot (~${p.shot}${p.metric ? ', about 1 mL per kg' : ', scaled to body weight'}) may cut a cramp short as a reflex, not as rehydration — a 2021 replication found no effect`,
};
export type PlanMessages = Catalogue<typeof plan>;

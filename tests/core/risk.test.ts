import { describe, expect, it } from 'vitest';
import type { Finding, FindingId } from '../../src/core/index';
import { crampRisk } from '../../src/core/risk';

const f = (id: FindingId, severity: Finding['severity'] = 'caution'): Finding => ({ id, severity, contributed: '', nextTime: '', sources: [] });

describe('crampRisk', () => {
  it.each([
    { name: 'nothing', findings: [], level: 'low' },
    { name: 'short-easy only', findings: [f('short-easy', 'info')], level: 'low' },
    { name: 'fuel gap alone', findings: [f('fuel-gap')], level: 'low' },
    { name: 'race alone', findings: [f('race')], level: 'moderate' },
    { name: 'all weak evidence together stays moderate', findings: [f('fluid-deficit', 'warning'), f('sodium-deficit', 'warning'), f('heat', 'warning'), f('fuel-gap', 'warning')], level: 'moderate' },
    { name: 'cramp history often', findings: [f('cramp-history', 'warning')], level: 'moderate' },
    { name: 'history + race', findings: [f('cramp-history'), f('race')], level: 'high' },
    { name: 'pace spike + distance spike', findings: [f('pace-spike'), f('distance-spike')], level: 'high' },
    { name: 'distance spike + sodium + fluid', findings: [f('distance-spike'), f('sodium-deficit'), f('fluid-deficit')], level: 'moderate' },
  ])('$name → $level', ({ findings, level }) => {
    expect(crampRisk(findings).level).toBe(level);
  });

  it('lists contributors strongest first', () => {
    const r = crampRisk([f('fluid-deficit'), f('race'), f('cramp-history')]);
    expect(r.contributors).toEqual(['Your cramp history', 'Race effort', 'Fluid lost in sweat']);
  });
});

import { describe, expect, it } from 'vitest';
import { readSportName } from '../../../src/sites/shared/sports';

describe('readSportName', () => {
  it.each([
    ['Run', 'run'], ['VirtualRun', 'run'], ['Lauf', 'run'], ['Course à pied', 'run'], ['Course', 'run'], ['Carrera', 'run'], ['Corsa', 'run'], ['Hardloopsessie', 'run'], ['Corrida', 'run'], ['Long Run', 'run'],
    ['Trail Run', 'trail_run'], ['TrailRun', 'trail_run'], ['Trail', 'trail_run'],
    ['Walk', 'walk'], ['Marche', 'walk'], ['Caminhada', 'walk'],
    ['Hike', 'hike'], ['Randonnée', 'hike'], ['Wanderung', 'hike'],
    ['Ride', 'ride'], ['Virtual Ride', 'ride'], ['VirtualRide', 'ride'], ['E-Bike Ride', 'ride'], ['EBikeRide', 'ride'], ['Mountain Bike Ride', 'ride'], ['Gravel Ride', 'ride'],
    ['Radfahrt', 'ride'], ['Sortie à vélo', 'ride'], ['Fietsrit', 'ride'], ['Pedalada', 'ride'],
    ['Swim', 'other'], ['Alpine Ski', 'other'], ['Inline Skate', 'other'],
  ])('%j → %s', (name, sport) => {
    expect(readSportName(name)).toEqual({ sport });
  });

  it('recognises workout types standing where the sport usually is', () => {
    expect(readSportName('Race')).toEqual({ race: true });
    expect(readSportName('Wettkampf')).toEqual({ race: true });
    expect(readSportName('Workout')).toEqual({ workout: true });
    expect(readSportName('Entraînement')).toEqual({ workout: true });
  });

  it('does not guess at unknown words', () => {
    for (const name of ['', 'Lunch Ride Strava', '<script>alert(1)</script>', 'Morning']) expect(readSportName(name)).toBeNull();
  });
});

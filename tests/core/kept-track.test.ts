import { describe, expect, it } from 'vitest';
import type { ActivityDraft } from '../../src/core/activity';
import { keepStoredTrack } from '../../src/core/kept-track';

const movement = [{ speedMs: 2.9, grade: 0.04, seconds: 3000 }];
const splits = [
  { atM: 3000, elapsedS: 1000 },
  { atM: 6000, elapsedS: 2100 },
];
/** What an earlier view stored once the streams arrived: the page showed no heart rate. */
const storedWithTrack: ActivityDraft = { movingS: 3000, movement, splits, avgHeartRate: 157, heartRateSource: 'stream' };

describe('keepStoredTrack', () => {
  it('a read without the track keeps the movement, the stream’s heart rate and the splits stored before', () => {
    expect(keepStoredTrack({ movingS: 3100 }, storedWithTrack)).toEqual({ movingS: 3100, movement, splits, avgHeartRate: 157, heartRateSource: 'stream' });
  });

  it('a new streams answer replaces the stored one, each part on its own', () => {
    const newer = [{ speedMs: 3.1, grade: 0, seconds: 2900 }];
    expect(keepStoredTrack({ movement: newer, avgHeartRate: 150, heartRateSource: 'stream' as const }, storedWithTrack)).toEqual({
      movement: newer,
      splits,
      avgHeartRate: 150,
      heartRateSource: 'stream',
    });
  });

  it('a heart rate the page shows beats the stored stream’s; a stored page heart rate is not the track’s to keep', () => {
    const shown: ActivityDraft = keepStoredTrack({ avgHeartRate: 88 }, storedWithTrack);
    expect(shown.avgHeartRate).toBe(88);
    expect(shown.heartRateSource).toBeUndefined();
    const pageHeartRate: ActivityDraft = { avgHeartRate: 88 };
    expect(keepStoredTrack({ movingS: 3000 }, pageHeartRate)).toEqual({ movingS: 3000 });
  });

  it('nothing stored, or nothing of the track stored: the read as it came', () => {
    const read = { movingS: 3000 };
    const noTrack: ActivityDraft = { movingS: 2000 };
    expect(keepStoredTrack(read, undefined)).toBe(read);
    expect(keepStoredTrack(read, noTrack)).toBe(read);
  });
});

/** Race day: a plan per aid station (planRace) and what it reads and returns. */
export { planRace } from './plan-race';
export type { RaceInput, Offer, ForecastHour } from './race-input';
export { OFFERS } from './race-input';
export type { RacePlan, RaceLeg } from './race-plan';
export type { Item } from './leg-items';
export { runningCost, walkingCost } from '../grade-cost';
export { type Course, type CourseProblem, courseFromTrack, climbM, MAX_POINTS, type Position } from './course';
export { type SavedRace, SavedRaceSchema, SavedRacesSchema, MAX_SAVED_RACES, RacePlanSchema, raceInput } from './race-schema';

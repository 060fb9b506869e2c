/**
 * The shape of one supported site: everything the extension knows about a site lives in
 * `src/sites/<id>/`, defined as ONE `SiteDefinition` and listed once in `src/sites/index.ts`.
 * The definition has three parts, kept in separate files so each context loads only what it runs:
 *   meta.ts        — name, hosts, example URLs (options page, build, manifest, registration);
 *   page.ts        — the PAGE half: which URL is an activity, where the panel goes, what to capture.
 *                    The content script bundles only this (and meta): no parsing, no zod.
 *   background.ts  — the BACKGROUND half: capture → activity draft, ownership, optional training log.
 */
import type { Activity, ActivityDraft, TemperatureSource } from '../core/activity';
import type { Units } from '../core/units';
import type { LatLng } from '../core/weather-hours';
import type { MovementBin } from '../core/movement';
import type { Split } from '../core/race/splits';

/** A field the reader tried to read, and why it could not (or why it rejected it). */
export interface FieldProblem {
  field: keyof ActivityDraft;
  reason: string;
}

/** Whose activity the page shows: only the runner's own is stored in the history. */
export type Ownership = 'own' | 'other' | 'unknown';

/** Where the activity started (rounded before it leaves the browser: core/weather-hours.ts). */
export type StartPoint = LatLng;

/** What the background made of one capture. */
export interface Interpreted {
  /** Which page layout was recognised, e.g. `classic`, `next`, `api`; `none` when nothing was. */
  layout: string;
  activity: ActivityDraft;
  temperatureSource?: TemperatureSource;
  /** Fields the page did not show, or that could not be parsed. */
  unread: FieldProblem[];
  /** Values that were read but are implausible, so not used. */
  rejected: FieldProblem[];
  ownership: Ownership;
  /** Where the activity started, when the page tells (for a weather look-up). */
  startPoint?: StartPoint;
  /** The units the page shows its values in (the runner's setting on the site), when it tells. */
  shownUnits?: Units;
}

/** What a reader returns before its site adds whose activity it is. */
export type SiteReading = Omit<Interpreted, 'ownership'>;

export interface MountPoint {
  /** The panel host is inserted as a child of `parent`, before `before` (or last when null). */
  parent: Element;
  before: Node | null;
}

/** A URL and the activity id it shows (null: not a single activity); checked by tests/sites/conventions.test.ts. */
export interface ExampleUrl {
  url: string;
  activityId: string | null;
}

export interface SiteMeta {
  id: string;
  label: string;
  /** Match patterns for the content script. */
  matches: readonly string[];
  /** Host permissions: the origins the content script runs on and reads (its own JSON too). */
  origins: readonly string[];
  /** Granted at install (manifest host_permissions + a static content script); else optional. */
  builtIn: boolean;
  exampleUrls: readonly ExampleUrl[];
}

/** The subset of `fetch` a page half may use (same-origin only), so tests pass a fake. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** A course file the page half fetched (same-origin), unparsed; or why it could not. */
export type CourseFetch = { ok: true; routeId: string; gpx: string } | { ok: false; problem: 'signed-out' | 'unavailable' | 'too-big' };

/** A site's route pages, whose own GPX export becomes a race course with one click in the panel. */
export interface CourseSource {
  /** The route id when the URL shows one route, else null. */
  routeId(url: URL): string | null;
  /** The route's GPX as text (parsed in the extension page, never here). Never rejects. */
  load(url: URL, fetchFn: FetchFn): Promise<CourseFetch>;
}

/** What a page half reads from the activity's recorded track. */
export interface PageTrack {
  startPoint: StartPoint | null;
  splits?: Split[];
  movement?: MovementBin[];
  /** The moving-time average of the heart-rate stream, bpm (core/heart-rate-stream.ts). */
  heartRate?: number;
}

export interface PageHalf {
  meta: SiteMeta;
  /** The activity id when the URL shows a single activity, else null. */
  activityId(url: URL): string | null;
  /** Where the panel goes; null when the page has no suitable place yet. */
  mountPoint(doc: Document): MountPoint | null;
  /** The element whose changes may bring stats that arrived late; watched briefly. Absent: nothing arrives late. */
  statsRoot?(doc: Document): Element | null;
  /**
   * Plain JSON for `BackgroundHalf.interpret`: the page's text (returned at once), or its
   * same-origin JSON (a promise: the page half fetches it with `fetchFn`). Never throws or rejects.
   */
  capture(doc: Document, url: URL, fetchFn: FetchFn): unknown;
  /**
   * Where the activity started, when the capture does not carry it and the page half must fetch it
   * (same-origin), for the opt-in weather lookup. Asked only when a lookup is due. Never rejects.
   */
  startPoint?(doc: Document, url: URL, fetchFn: FetchFn): Promise<StartPoint | null>;
  /**
   * The start point, splits, movement and heart rate from the page's own track (same-origin), in one
   * request: when the site has it, the content script asks it once per page view instead of
   * `startPoint`, for the weather lookup, a saved race's review and, when the background says the
   * streams would change it, the effort estimate. Never rejects.
   */
  track?(doc: Document, url: URL, fetchFn: FetchFn): Promise<PageTrack | null>;
  /** Route pages offering their course to the race page, if the site has them. */
  course?: CourseSource;
  /** Where the runner's recent activities can be read on this site (opt-in), if anywhere. */
  trainingLog?: { pageUrl(page: number, perPage: number): string; headers: Record<string, string> };
}

export interface BackgroundHalf {
  /** `capture` arrives from a content script: anything may be in it. Never throws. Start times more than a day after `now` are refused. */
  interpret(capture: unknown, url: URL, now: Date): Interpreted;
  /** One page of the site's own training log → the runner's activities (implausible ones dropped). */
  trainingLog?(models: readonly unknown[], now: Date): Activity[];
}

export interface SiteDefinition {
  meta: SiteMeta;
  page: PageHalf;
  background: BackgroundHalf;
}

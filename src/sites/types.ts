import type { ActivityDraft, TemperatureSource } from '../core/activity';

/** A field the adapter tried to read, and why it could not (or why it rejected it). */
export interface FieldProblem {
  field: keyof ActivityDraft;
  reason: string;
}

export interface ExtractResult {
  /** Which page layout was recognised, e.g. `classic`, `public`; `none` when nothing was. */
  layout: string;
  activity: ActivityDraft;
  temperatureSource?: TemperatureSource;
  /** Fields the page did not show, or that could not be parsed. */
  unread: FieldProblem[];
  /** Values that were read but are implausible, so not used. */
  rejected: FieldProblem[];
}

export interface MountPoint {
  /** The panel host is inserted as a child of `parent`, before `before` (or last when null). */
  parent: Element;
  before: Node | null;
}

/**
 * What a site's content script needs. The page is read in one of three ways: `collect` copies
 * its text as plain data for the background to interpret (the lightest for the page), `extract`
 * reads it in place, `load` fetches the site's own JSON.
 */
export interface PageAdapter {
  id: string;
  /** The activity id when the URL shows a single activity, else null. */
  activityId(url: URL): string | null;
  /** Plain, JSON-serialisable copy of the page's text; interpreted by `INTERPRETERS[id]`. Never throws. */
  collect?(doc: Document): unknown;
  /** Never throws. */
  extract?(doc: Document, url: URL): ExtractResult;
  /** Where the panel goes; null when the page has no suitable place yet. */
  mountPoint(doc: Document): MountPoint | null;
  /** The element whose changes may bring stats that arrived late; watched briefly. */
  statsRoot?(doc: Document): Element | null;
  /**
   * App-shell sites (Garmin Connect, intervals.icu) render their numbers from their own JSON:
   * read that instead of the DOM, same-origin through the page's `fetch`. Never rejects.
   */
  load?(doc: Document, url: URL, fetchFn: (input: string, init?: RequestInit) => Promise<Response>): Promise<ExtractResult>;
  /** Where the runner's recent activities can be read on this site, if anywhere. */
  ownLog?: OwnActivityLog;
}

/** A site's own list of the runner's recent activities, read same-origin (opt-in; issue 6). */
export interface OwnActivityLog {
  /** Whether the viewed activity is the runner's own (only then is the log read). */
  isOwn(doc: Document, activityId: string): boolean;
  pageUrl(page: number, perPage: number): string;
  headers: Record<string, string>;
}

/** All knowledge of one site. Pure: takes the document and URL, never touches globals. */
export interface SiteAdapter extends PageAdapter {
  /** Host patterns this adapter serves, as in the manifest. */
  matches: readonly string[];
  /** Never throws. (For collecting sites: interpret(collect(doc)), used by tests and tools.) */
  extract(doc: Document, url: URL): ExtractResult;
}

/** An adapter whose activity comes from the site's own JSON (`load` always present). */
export type LoadingSiteAdapter = SiteAdapter & Required<Pick<SiteAdapter, 'load'>>;

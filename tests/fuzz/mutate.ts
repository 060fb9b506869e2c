/**
 * Seeded, reproducible mutations of real saved pages and of the sites' own JSON, and the invariants
 * every site reader must keep on them: it never throws, whatever it returns is in range (finite
 * numbers within LIMITS, a known sport, …), and on a page with its own numbers (Strava's inline
 * pageView data) the values read agree with them (checkOwnNumbers). Each site is driven the way production runs it (issue
 * 13.10): its page half captures the page, the capture travels as JSON, its background half reads
 * it. Sites whose page half copies the page's text are fuzzed on mutated pages; sites whose page
 * half fetches their own JSON (Garmin Connect, intervals.icu) on mutated JSON. Shared by
 * `npm run fuzz` (scripts/fuzz.mjs, 10,000+ cases) and the fast vitest sample (tests/fuzz/*.fuzz.test.ts).
 *
 * Speed: parsing a saved page takes tens of milliseconds, so a fixture is parsed once and each
 * case mutates that live document with undoable operations, runs the adapters, then undoes them
 * (in reverse order, so every undo sees exactly the state its operation left). A few cases
 * instead mutate the raw HTML (truncation, stray tags) and parse it afresh.
 */
import { SPORTS } from '../../src/core/activity';
import { LIMITS } from '../../src/core/plausibility';
import { ACTIVITY_TITLE_MAX } from '../../src/core/limits';
import { wallClockMs } from '../../src/core/start-time';
import { SITES } from '../../src/sites/index';
import type { FetchFn, SiteDefinition, SiteReading } from '../../src/sites/types';

type ExtractResult = SiteReading;

/** The "now" every reading is checked against (start times more than a day after it are refused). */
export const FUZZ_NOW = new Date('2026-11-25T12:00:00Z');

/** One site as the fuzzer drives it: capture → JSON → interpret, the production path, synchronously. */
export interface PageReader {
  id: string;
  url: URL;
  extract(doc: Document): ExtractResult;
}

const NO_FETCH: FetchFn = () => Promise.reject(new Error('no network in the fuzzer'));
const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';
const throughJson = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Every site whose page half reads the page itself (its capture is immediate, not a fetch). */
export function pageReaders(probe: Document, sites: readonly SiteDefinition[] = SITES): PageReader[] {
  return sites.flatMap((site) => {
    const url = activityUrlFor(site);
    const probed = site.page.capture(probe, url, NO_FETCH);
    if (isThenable(probed)) {
      void Promise.resolve(probed).catch(() => undefined);
      return [];
    }
    const extract = (doc: Document) => site.background.interpret(throughJson(site.page.capture(doc, url, NO_FETCH)), url, FUZZ_NOW);
    return [{ id: site.meta.id, url, extract }];
  });
}

/** A site read from its own JSON: the real (or API-documented) payloads its page half fetches. */
export interface JsonSite {
  id: string;
  /** The capture the page half builds from the fetched texts (each text already JSON.parse'd or null). */
  capture(texts: readonly string[]): unknown;
  texts: readonly string[];
  read(capture: unknown): ExtractResult;
}

const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Garmin Connect (activity + weather JSON) and intervals.icu (activity JSON), with their payload texts. */
export function jsonSites(texts: { garminActivity: string; garminWeather: string; intervalsActivity: string }, sites: readonly SiteDefinition[] = SITES): JsonSite[] {
  const site = (id: string) => sites.find((s) => s.meta.id === id) as SiteDefinition;
  const reader = (id: string) => (capture: unknown) => site(id).background.interpret(throughJson(capture), activityUrlFor(site(id)), FUZZ_NOW);
  return [
    { id: 'garmin', texts: [texts.garminActivity, texts.garminWeather], capture: ([a = '', w = '']) => ({ activity: parseOrNull(a), weather: parseOrNull(w) }), read: reader('garmin') },
    { id: 'intervals', texts: [texts.intervalsActivity], capture: ([a = '']) => ({ activity: parseOrNull(a) }), read: reader('intervals') },
  ];
}

/**
 * The sites of SITES the fuzzers do not drive: neither a page reader nor one of `json`. A site
 * added to SITES without its payloads here shows up in this list (the fuzz test and npm run fuzz fail).
 */
export function unfuzzedSites(probe: Document, json: readonly JsonSite[], sites: readonly SiteDefinition[] = SITES): string[] {
  const fuzzed = new Set([...pageReaders(probe, sites).map((r) => r.id), ...json.map((s) => s.id)]);
  return sites.map((s) => s.meta.id).filter((id) => !fuzzed.has(id));
}

/** Case `index`: each JSON site's payloads mutated (seeded), read, checked. */
export function runJsonCase(index: number, baseSeed: number, sites: readonly JsonSite[]): { failures: CaseFailure[]; results: Map<string, ExtractResult> } {
  const seed = caseSeed(baseSeed, index);
  const rng = makeRng(seed);
  const failures: CaseFailure[] = [];
  const results = new Map<string, ExtractResult>();
  for (const site of sites) {
    const texts = site.texts.map((text) => (rng.chance(0.8) ? mutateJsonText(text, rng) : text));
    let problems: string[];
    try {
      const result = site.read(site.capture(texts));
      results.set(site.id, result);
      problems = checkResult(result);
    } catch (error) {
      problems = [`threw ${error instanceof Error ? error.message : String(error)}`];
    }
    if (problems.length > 0) failures.push({ index, seed, fixture: `${site.id} JSON`, adapter: site.id, ops: ['mutated JSON'], problems });
  }
  return { failures, results };
}

// ---------------------------------------------------------------- random numbers

export interface Rng {
  /** [0, 1) */
  next(): number;
  /** integer in [0, n) */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast, good enough for test-case generation, identical everywhere. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    chance: (p: number) => next() < p,
  };
}

/** The seed of case `index` in a run started with `baseSeed` (each case is replayable alone). */
export function caseSeed(baseSeed: number, index: number): number {
  let h = (baseSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------- hostile material

const NUMBERS = [
  '0', '-0', '-1', '-42', '−5', '1e308', '1e999', '-1e999', '9'.repeat(30), '0.0000001', 'NaN', 'Infinity', '-Infinity',
  '1,234,567.89', '1.234.567,89', '1 234 567', '12,5', '12.5.5', '00000000000000000012', '0x1F', '1_000', '٣٤', '３４',
  '१२', 'Ⅻ', '½', '3/4', '+7', '.', ',', '-', '1e-400', '123456789012345678901234567890', '4294967296', '-2147483649',
];
const TIMES = ['99:99:99', '1:2:3:4', '-1:00', '25:61', '0:00', '0:00:00', '999999:00:00', '1:60', '12:', ':30', '1h 70m', '3d 4h', '−0:01'];
const UNITS = ['km', 'mi', 'm', 'ft', 'yd', 'h', 'min', 's', 'sec', '°C', '°F', '℃', '℉', 'K', 'kcal', 'Cal', 'kJ', 'bpm', '%', '/km', '/mi', 'km/h', 'mi/h', 'mph', 'W', 'lb', 'kg', ''];
const LABELS = [
  'Distance', 'Moving Time', 'Elapsed Time', 'Elevation', 'Elevation Gain', 'Temperature', 'Humidity', 'Calories', 'Energy Output',
  'Total Work', 'Avg Heart Rate', 'Heart Rate', 'Pace', 'Speed', 'Avg Speed', 'Feels like', 'Time', 'Duration', 'Date', 'Sport',
  'Entfernung', 'Bewegungszeit', 'Höhenmeter', 'Temperatur', 'Distancia', 'Tiempo en movimiento', 'Durée de déplacement',
  'Afstand', 'Temperatuur', 'Kalorien', 'Run', 'Ride', 'Walk', 'Hike', 'Trail Run', 'Race', 'Virtual Ride', 'Swim', '',
];
const HOSTILE = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u0000', '\uD800', '\uDFFF', '\u202E', '\u200B\u200B', '\uFEFF',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template-injection probe, not a template
  'A'.repeat(100_000), '1'.repeat(5_000), '__proto__', 'constructor', 'prototype', 'toString', '{{7*7}}', '${7*7}', "'; DROP TABLE x;--",
  '%s%s%n', '\r\n\t', '💥'.repeat(50), 'null', 'undefined', 'true', '[]', '{}', 'e\u0301\u0301\u0301', 'ﷺ', '𝟙𝟚𝟛', 'km km km', '–', '—',
];
const LANGS = ['en', 'en-US', 'en-GB', 'de', 'de-DE', 'fr', 'nl', 'es', 'it', 'pt-BR', 'ar', 'he', 'zh-CN', 'ja', 'ru', '', 'xx', 'x-💥', 'EN', 'de_CH'];

function randomUnicode(rng: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rng.next();
    if (r < 0.3) s += String.fromCharCode(0x20 + rng.int(0x5f));
    else if (r < 0.5) s += String.fromCharCode(0x30 + rng.int(10));
    else if (r < 0.8) s += String.fromCharCode(rng.int(0xd800));
    else if (r < 0.9) s += String.fromCharCode(0xd800 + rng.int(0x800)); // lone surrogates
    else s += String.fromCodePoint(0x10000 + rng.int(0xfffff));
  }
  return s;
}

/** Invisible characters and stray spaces that damage a number while every digit stays in place. */
const DAMAGE = ['\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u200E', ' ', '\u00a0'];

/** "6.47 mi" → "6\uFEFF.47 mi", "10 .42 km", "2\u200B4 ℃": a reader that cleans first would read part of it. */
export function damageNumber(text: string, rng: Rng): string {
  const inside = [...text.matchAll(/\d(?=[\d.,:])|[.,:](?=\d)/g)].map((m) => (m.index ?? 0) + 1);
  if (inside.length === 0) return text;
  const at = rng.pick(inside);
  return text.slice(0, at) + rng.pick(DAMAGE) + text.slice(at);
}

/** A changed version of a text that shows a number (a stat value): numbers, units, times, typos. */
export function mutateValueText(text: string, rng: Rng): string {
  switch (rng.int(10)) {
    case 8:
      return damageNumber(text, rng);
    case 0: // replace one number
      return /\d[\d.,]*/.test(text) ? text.replace(/\d[\d.,]*/, rng.pick(NUMBERS)) : rng.pick(NUMBERS);
    case 1: // replace every number
      return text.replace(/\d[\d.,]*/g, () => rng.pick(NUMBERS));
    case 2: {
      // unit swap (or a unit appears/disappears)
      const units = UNITS.filter((u) => u !== '' && text.includes(u));
      return units.length > 0 ? text.replace(rng.pick(units), rng.pick(UNITS)) : `${text}${rng.chance(0.5) ? ' ' : ''}${rng.pick(UNITS)}`;
    }
    case 3:
      return text.replace(/\d+(:\d+)*/, rng.pick(TIMES));
    case 4: {
      // character edits
      let s = text;
      for (let n = 1 + rng.int(4); n > 0; n--) {
        const at = rng.int(s.length + 1);
        const op = rng.int(3);
        if (op === 0) s = s.slice(0, at) + randomUnicode(rng, 1) + s.slice(at);
        else if (op === 1) s = s.slice(0, at) + s.slice(at + 1);
        else s = s.slice(0, at) + rng.pick(['.', ',', '-', ':', ' ', '\u00a0', '\u202f', "'", '0', '9']) + s.slice(at + 1);
      }
      return s;
    }
    case 5:
      return rng.pick(HOSTILE);
    case 6:
      return `${rng.pick(['-', '−', '', '+'])}${rng.pick(NUMBERS)} ${rng.pick(UNITS)}`;
    case 7:
      return rng.chance(0.5) ? '' : rng.pick(['—', '--', '-', 'N/A', '·', ' ']);
    default:
      return `${text} ${text}`;
  }
}

function mutateLabelText(text: string, rng: Rng, otherLabels: readonly string[]): string {
  switch (rng.int(6)) {
    case 0:
      return otherLabels.length > 0 ? rng.pick(otherLabels) : rng.pick(LABELS);
    case 1:
      return rng.pick(LABELS);
    case 2:
      return rng.chance(0.5) ? text.toUpperCase() : text.toLowerCase();
    case 3:
      return `${text}${rng.pick(HOSTILE)}`;
    case 4:
      return randomUnicode(rng, 1 + rng.int(12));
    default:
      return `${rng.pick(LABELS)} ${text}`;
  }
}

/** Mutates one JSON value somewhere inside `value` (in place when possible); returns the result. */
function mutateJson(value: unknown, rng: Rng, depth = 0): unknown {
  const leaf = (): unknown =>
    rng.pick<unknown>([
      null, -1, 0, 1e308, -1e308, 2 ** 53 + 1, -0.5, 'NaN', 'Infinity', '-5', '1e999', '', [], {}, true, rng.pick(HOSTILE), rng.pick(NUMBERS),
      `${rng.pick(NUMBERS)} ${rng.pick(UNITS)}`, rng.pick(TIMES), rng.pick(LABELS).toLowerCase(), JSON.parse('{"__proto__":{"polluted":1}}'),
    ]);
  if (value === null || typeof value !== 'object' || depth > 12) return rng.chance(0.85) ? leaf() : value;
  const container = value as Record<string, unknown>;
  const keys = Object.keys(container);
  if (keys.length === 0) return leaf();
  const key = rng.pick(keys);
  const r = rng.next();
  if (r < 0.1) delete container[key];
  else if (r < 0.15 && !Array.isArray(container)) container[rng.pick(['__proto__', 'constructor', key.toUpperCase(), `${key}_`])] = leaf();
  else container[key] = mutateJson(container[key], rng, depth + 1);
  return container;
}

/** A changed JSON text: a value deep inside changed, or (sometimes) the text itself broken. */
export function mutateJsonText(text: string, rng: Rng): string {
  if (rng.chance(0.1)) return text.slice(0, rng.int(text.length + 1));
  if (rng.chance(0.05)) return rng.pick(HOSTILE);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return mutateValueText(text, rng);
  }
  for (let n = 1 + rng.int(3); n > 0; n--) data = mutateJson(data, rng);
  return JSON.stringify(data) ?? 'null';
}

// ---------------------------------------------------------------- where to mutate

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
/** Class/id words of the parts of a page that carry stats; nodes near them are picked most. */
const HOT = /stat|weather|summary|heading|detail|metric|value|label|data|more|inline|activity|panel|time|distance|elev|temp|pace|speed|heart|calor|sport|type|title|tooltip|truncate/i;
const HOT_TAGS = new Set(['TD', 'TH', 'DT', 'DD', 'LI', 'STRONG', 'B', 'ABBR', 'TIME', 'H1', 'H2', 'H3']);

/** What a case may touch in one parsed page, computed once (the page is restored after each case). */
export interface Targets {
  values: Text[];
  hotValues: Text[];
  labels: Text[];
  hotLabels: Text[];
  elements: Element[];
  hotElements: Element[];
  /** [element, attribute] pairs holding numbers or JSON. */
  attributes: [Element, string][];
  jsonScripts: Element[];
  labelTexts: string[];
  /** Nodes whose change changes what an adapter reads (found by probing; empty when not probed). */
  keyValues: Text[];
  keyLabels: Text[];
  keyAttributes: [Element, string][];
  /** The stat blocks around them (up to three levels up). */
  keyElements: Element[];
  /** Where the key nodes are in the lists above, to find them again in a fresh parse without probing. */
  keys: KeyIndexes;
}

export interface KeyIndexes {
  values: number[];
  labels: number[];
  attributes: number[];
}

function isHot(node: Node): boolean {
  let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
    if (HOT_TAGS.has(el.tagName)) return true;
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    if (HOT.test(cls) || HOT.test(id) || el.hasAttribute('data-react-props')) return true;
  }
  return false;
}

/**
 * What a case may touch in `doc`. With `read` (every adapter's reading of the page, as a string),
 * finds the key nodes by probing: a group of nodes is changed at once and kept only if the
 * reading changes, then split (so ~k·log n readings for k key nodes among n). `known` reuses the
 * key indexes of an earlier parse of the same page instead.
 */
export function collectTargets(doc: Document, read?: () => string, known?: KeyIndexes): Targets {
  const t: Targets = {
    values: [], hotValues: [], labels: [], hotLabels: [], elements: [], hotElements: [], attributes: [], jsonScripts: [], labelTexts: [],
    keyValues: [], keyLabels: [], keyAttributes: [], keyElements: [], keys: { values: [], labels: [], attributes: [] },
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = (child as Text).data.trim();
        if (text.length === 0 || text.length > 80) continue;
        const hot = isHot(child);
        if (/\d/.test(text)) {
          t.values.push(child as Text);
          if (hot) t.hotValues.push(child as Text);
        } else if (text.length <= 40) {
          t.labels.push(child as Text);
          if (hot) {
            t.hotLabels.push(child as Text);
            t.labelTexts.push(text);
          }
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (el.tagName === 'SCRIPT') {
          const type = el.getAttribute('type') ?? '';
          if (/json/i.test(type)) t.jsonScripts.push(el);
          continue;
        }
        if (SKIP.has(el.tagName)) continue;
        for (const name of el.getAttributeNames()) {
          const v = el.getAttribute(name) ?? '';
          if (name === 'data-react-props' || name === 'data-tip' || (/\d/.test(v) && v.length < 200 && !/^(href|src|srcset|style|d|viewBox)$/i.test(name))) {
            t.attributes.push([el, name]);
          }
        }
        if (el.tagName !== 'HTML' && el.tagName !== 'HEAD' && el.tagName !== 'BODY') {
          t.elements.push(el);
          if (isHot(el) && el.getElementsByTagName('*').length < 60) t.hotElements.push(el);
        }
        walk(el);
      }
    }
  };
  walk(doc);
  t.keys = known ?? (read ? probeKeys(t, read) : t.keys);
  t.keyValues = t.keys.values.map((i) => t.values[i]).filter((n): n is Text => n !== undefined);
  t.keyLabels = t.keys.labels.map((i) => t.labels[i]).filter((n): n is Text => n !== undefined);
  t.keyAttributes = t.keys.attributes.map((i) => t.attributes[i]).filter((a): a is [Element, string] => a !== undefined);
  const blocks = new Set<Element>();
  for (const node of [...t.keyValues, ...t.keyLabels, ...t.keyAttributes.map(([el]) => el)]) {
    let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    for (let depth = 0; el && depth < 3 && !['HTML', 'HEAD', 'BODY'].includes(el.tagName); depth++, el = el.parentElement) blocks.add(el);
  }
  t.keyElements = [...blocks];
  return t;
}

/** Changes every digit (values) or the whole text (labels) so a reader must notice. */
const perturbValue = (text: string) => text.replace(/\d/g, (d) => String((Number(d) + 3) % 10));
const perturbLabel = () => 'zqzq';

function probeKeys(t: Targets, read: () => string): KeyIndexes {
  const base = read();
  const probe = (indexes: number[], change: (i: number) => Undo): number[] => {
    if (indexes.length === 0) return [];
    const undos = indexes.map(change);
    const changed = read() !== base;
    undoAll(undos);
    if (!changed) return [];
    if (indexes.length === 1) return indexes;
    const half = indexes.length >> 1;
    return [...probe(indexes.slice(0, half), change), ...probe(indexes.slice(half), change)];
  };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    values: probe(range(t.values.length), (i) => {
      const node = t.values[i] as Text;
      return setText(node, perturbValue(node.data));
    }),
    labels: probe(range(t.labels.length), (i) => setText(t.labels[i] as Text, perturbLabel())),
    attributes: probe(range(t.attributes.length), (i) => {
      const [el, name] = t.attributes[i] as [Element, string];
      const old = el.getAttribute(name) ?? '';
      return setAttr(el, name, /\d/.test(old) ? perturbValue(old) : perturbLabel());
    }),
  };
}

// ---------------------------------------------------------------- operations

type Undo = () => void;

/** Undoes in reverse order, so each undo sees the state its operation left. */
function undoAll(undos: readonly Undo[]): void {
  for (let i = undos.length - 1; i >= 0; i--) (undos[i] as Undo)();
}

/** Half the time a key node (when known), else mostly one near the stats, else any. */
function pickTarget<T>(rng: Rng, key: readonly T[], hot: readonly T[], all: readonly T[]): T | null {
  if (key.length > 0 && rng.chance(0.5)) return rng.pick(key);
  if (hot.length > 0 && (rng.chance(0.8) || all.length === 0)) return rng.pick(hot);
  return all.length > 0 ? rng.pick(all) : null;
}

function setText(node: Text, text: string): Undo {
  const old = node.data;
  node.data = text;
  return () => {
    node.data = old;
  };
}

function setAttr(el: Element, name: string, value: string | null): Undo {
  // Undo restores every attribute in its original order (a removed one re-added would go last).
  // The original Attr nodes go back, so namespaced ones (xmlns:fb) stay exactly as parsed.
  const before = Array.from(el.attributes, (a) => [a, a.value] as const);
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  return () => {
    while (el.attributes.length > 0) el.removeAttributeNode(el.attributes[0] as Attr);
    for (const [attr, v] of before) {
      attr.value = v;
      el.setAttributeNode(attr);
    }
  };
}

function removeNode(node: Node): Undo | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const next = node.nextSibling;
  parent.removeChild(node);
  return () => {
    parent.insertBefore(node, next);
  };
}

function insertNode(parent: Node, node: Node, before: Node | null): Undo {
  parent.insertBefore(node, before);
  return () => {
    node.parentNode?.removeChild(node);
  };
}

function moveNode(node: Node, parent: Node, before: Node | null): Undo | null {
  const undoRemove = removeNode(node);
  if (!undoRemove) return null;
  parent.insertBefore(node, before);
  return () => {
    node.parentNode?.removeChild(node);
    undoRemove();
  };
}

const contains = (a: Node, b: Node) => a === b || a.contains(b) || b.contains(a);

type Op = (doc: Document, t: Targets, rng: Rng) => { name: string; undo: Undo } | null;

/** Every DOM operation with its weight. Each returns its undo, or null when it found nothing to do. */
const OPS: [number, Op][] = [
  [
    30,
    (_d, t, rng) => {
      const node = pickTarget(rng, t.keyValues, t.hotValues, t.values);
      if (!node?.isConnected) return null;
      const text = mutateValueText(node.data, rng);
      return { name: `value ${JSON.stringify(node.data.trim().slice(0, 30))} → ${JSON.stringify(text.slice(0, 40))}`, undo: setText(node, text) };
    },
  ],
  [
    14,
    (_d, t, rng) => {
      const node = pickTarget(rng, t.keyLabels, t.hotLabels, t.labels);
      if (!node?.isConnected) return null;
      const text = mutateLabelText(node.data, rng, t.labelTexts);
      return { name: `label ${JSON.stringify(node.data.trim().slice(0, 30))} → ${JSON.stringify(text.slice(0, 40))}`, undo: setText(node, text) };
    },
  ],
  [
    10,
    (_d, t, rng) => {
      const el = pickTarget(rng, t.keyElements, t.hotElements, t.elements);
      if (!el?.isConnected) return null;
      const undo = removeNode(el);
      return undo && { name: `delete <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`, undo };
    },
  ],
  [
    8,
    (_d, t, rng) => {
      const el = pickTarget(rng, t.keyElements, t.hotElements, t.elements);
      if (!el?.isConnected || !el.parentNode) return null;
      const copy = el.cloneNode(true);
      return { name: `duplicate <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`, undo: insertNode(el.parentNode, copy, rng.chance(0.5) ? el.nextSibling : el) };
    },
  ],
  [
    8,
    (_d, t, rng) => {
      // swap two elements (often siblings: two stats exchange places)
      const a = pickTarget(rng, t.keyElements, t.hotElements, t.elements);
      if (!a?.isConnected || !a.parentNode) return null;
      const siblings = Array.from(a.parentNode.children).filter((e) => e !== a);
      const b = siblings.length > 0 && rng.chance(0.6) ? rng.pick(siblings) : pickTarget(rng, t.keyElements, t.hotElements, t.elements);
      if (!b?.isConnected || !b.parentNode || contains(a, b)) return null;
      const aParent = a.parentNode;
      const bParent = b.parentNode;
      const marker = a.ownerDocument.createComment('swap');
      const undos = [insertNode(aParent, marker, a)];
      const u1 = moveNode(a, bParent, b);
      const u2 = u1 && moveNode(b, aParent, marker);
      const u3 = u2 && removeNode(marker);
      for (const u of [u1, u2, u3]) if (u) undos.push(u);
      if (!u3) {
        undoAll(undos);
        return null;
      }
      return { name: `swap <${a.tagName.toLowerCase()}> with <${b.tagName.toLowerCase()}>`, undo: () => undoAll(undos) };
    },
  ],
  [
    5,
    (_d, t, rng) => {
      // move an element somewhere else (into another stat block, or to the end of the body)
      const el = pickTarget(rng, t.keyElements, t.hotElements, t.elements);
      const target = pickTarget(rng, t.keyElements, t.hotElements, t.elements) ?? el?.ownerDocument.body;
      if (!el?.isConnected || !target?.isConnected || contains(el, target)) return null;
      const undo = moveNode(el, target, rng.chance(0.5) ? target.firstChild : null);
      return undo && { name: `move <${el.tagName.toLowerCase()}> into <${target.tagName.toLowerCase()}>`, undo };
    },
  ],
  [
    9,
    (doc, t, rng) => {
      // insert hostile text or a fake stat into a stat block
      const parent = pickTarget(rng, t.keyElements, t.hotElements, t.elements) ?? doc.body;
      if (!parent?.isConnected) return null;
      let node: Node;
      if (rng.chance(0.5)) {
        node = doc.createTextNode(rng.pick(HOSTILE));
      } else {
        const template = pickTarget(rng, t.keyElements, t.hotElements, []) ?? parent;
        node = template.cloneNode(true);
        const walker = doc.createTreeWalker(node, 4);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n as Text;
          if (rng.chance(0.5)) text.data = /\d/.test(text.data) ? mutateValueText(text.data, rng) : mutateLabelText(text.data, rng, t.labelTexts);
        }
      }
      const children = Array.from(parent.childNodes);
      const before = children.length > 0 && rng.chance(0.7) ? rng.pick(children) : null;
      return { name: `insert ${node.nodeType === TEXT_NODE ? JSON.stringify((node as Text).data.slice(0, 30)) : `<${(node as Element).tagName.toLowerCase()}>`} into <${parent.tagName.toLowerCase()}>`, undo: insertNode(parent, node, before) };
    },
  ],
  [
    8,
    (_d, t, rng) => {
      const picked = pickTarget(rng, t.keyAttributes, t.attributes, t.attributes);
      if (!picked) return null;
      const [el, name] = picked;
      const old = el.getAttribute(name) ?? '';
      const value = rng.chance(0.1)
        ? null
        : /^\s*[[{]/.test(old)
          ? mutateJsonText(old, rng)
          : /\d/.test(old)
            ? mutateValueText(old, rng)
            : mutateLabelText(old, rng, t.labelTexts);
      return { name: `attribute ${name}=${JSON.stringify(value?.slice(0, 40) ?? null)}`, undo: setAttr(el, name, value) };
    },
  ],
  [
    3,
    (doc, _t, rng) => {
      const html = doc.documentElement;
      if (!html) return null;
      const lang = rng.chance(0.1) ? null : rng.pick(LANGS);
      return { name: `lang=${JSON.stringify(lang)}`, undo: setAttr(html, 'lang', lang) };
    },
  ],
  [
    4,
    (_d, t, rng) => {
      const node = pickTarget(rng, [...t.keyValues, ...t.keyLabels], [...t.hotValues, ...t.hotLabels], t.values);
      if (!node?.isConnected) return null;
      const text = randomUnicode(rng, 1 + rng.int(40));
      return { name: `unicode ${JSON.stringify(node.data.trim().slice(0, 30))} → ${JSON.stringify(text)}`, undo: setText(node, text) };
    },
  ],
  [
    3,
    (doc, t, rng) => {
      if (t.jsonScripts.length === 0) return null;
      const el = rng.pick(t.jsonScripts);
      const old = el.textContent ?? '';
      const text = doc.createTextNode(mutateJsonText(old, rng));
      const oldChildren = Array.from(el.childNodes);
      for (const c of oldChildren) el.removeChild(c);
      el.appendChild(text);
      return {
        name: 'json script',
        undo: () => {
          el.removeChild(text);
          for (const c of oldChildren) el.appendChild(c);
        },
      };
    },
  ],
];
const TOTAL_WEIGHT = OPS.reduce((sum, [w]) => sum + w, 0);

function pickOp(rng: Rng): Op {
  let r = rng.next() * TOTAL_WEIGHT;
  for (const [w, op] of OPS) {
    r -= w;
    if (r < 0) return op;
  }
  return (OPS[0] as [number, Op])[1];
}

/** Applies 1–`maxOps` random operations to `doc`; `undo()` restores it exactly. */
export function mutateDocument(doc: Document, targets: Targets, rng: Rng, maxOps = 6): { ops: string[]; undo: () => void } {
  const ops: string[] = [];
  const undos: Undo[] = [];
  const want = 1 + rng.int(maxOps);
  for (let tries = 0; ops.length < want && tries < want * 4; tries++) {
    const done = pickOp(rng)(doc, targets, rng);
    if (done) {
      ops.push(done.name);
      undos.push(done.undo);
    }
  }
  return {
    ops,
    undo: () => undoAll(undos),
  };
}

/** Raw-markup mutations the DOM ones cannot make: truncation, stray or unclosed tags, cut chunks. */
export function mutateHtml(html: string, rng: Rng): { html: string; ops: string[] } {
  const ops: string[] = [];
  let s = html;
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const at = rng.int(s.length + 1);
    switch (rng.int(6)) {
      case 0:
        s = s.slice(0, at);
        ops.push(`truncate at ${at}`);
        break;
      case 1: {
        const len = rng.int(2000);
        s = s.slice(0, at) + s.slice(at + len);
        ops.push(`cut ${len} at ${at}`);
        break;
      }
      case 2: {
        const len = rng.int(2000);
        s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
        ops.push(`repeat ${len} at ${at}`);
        break;
      }
      case 3: {
        const tag = rng.pick(['<div>', '</div>', '<table>', '</table>', '<li>', '</ul>', '<!--', '<script>', '<svg>', '<template>', '<', '">', "'", '</body>', '<html lang="ar">', '<base href="javascript:">']);
        s = s.slice(0, at) + tag + s.slice(at);
        ops.push(`insert ${JSON.stringify(tag)} at ${at}`);
        break;
      }
      case 4: {
        const text = rng.pick(HOSTILE);
        s = s.slice(0, at) + text + s.slice(at);
        ops.push(`insert ${JSON.stringify(text.slice(0, 20))} at ${at}`);
        break;
      }
      default: {
        const text = randomUnicode(rng, 1 + rng.int(20));
        s = s.slice(0, at) + text + s.slice(at);
        ops.push(`insert unicode at ${at}`);
      }
    }
  }
  return { html: s, ops };
}

/**
 * Drops the bodies of scripts that are code (not JSON data), comments, iframes and stylesheet links: most
 * of a saved page's bytes and parse time, and nothing a DOM would try to fetch. The fuzz script checks that every adapter reads the same from the
 * trimmed page as from the original before using it.
 */
export function trimPage(html: string): string {
  return (
    html
      .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '')
      .replace(/<link\b[^>]*\brel\s*=\s*["']?(?:stylesheet|preload|prefetch|modulepreload)\b[^>]*>/gi, '')
      // Code a reader reads as text (Strava's inline pageView numbers, athlete ids) is kept.
      .replace(/(<script\b(?![^>]*type\s*=\s*["']?application\/(?:ld\+)?json)[^>]*>)([\s\S]*?)(<\/script\s*>)/gi, (all, open, body, close) =>
        /pageView\.activity\(\)\.set|currentAthleteId|activity_athlete_id/.test(body) ? all : `${open}${close}`,
      )
      .replace(/<!--[\s\S]*?-->/g, '')
  );
}

// ---------------------------------------------------------------- invariants

const SOURCES = new Set(['weather', 'device', 'manual', 'lookup']);
const SPORT_SET = new Set<string>(SPORTS);

/** Everything wrong with one adapter result (empty when it is fine). */
export function checkResult(result: unknown): string[] {
  const problems: string[] = [];
  if (!result || typeof result !== 'object') return [`result is ${typeof result}`];
  const r = result as Partial<ExtractResult>;
  if (typeof r.layout !== 'string') problems.push('layout is not a string');
  if (!Array.isArray(r.unread)) problems.push('unread is not an array');
  if (!Array.isArray(r.rejected)) problems.push('rejected is not an array');
  for (const p of [...(r.unread ?? []), ...(r.rejected ?? [])]) {
    if (!p || typeof p.field !== 'string' || typeof p.reason !== 'string') problems.push(`bad problem entry ${JSON.stringify(p)}`);
  }
  if (r.temperatureSource !== undefined && !SOURCES.has(r.temperatureSource)) problems.push(`temperatureSource ${JSON.stringify(r.temperatureSource)}`);
  const activity = r.activity as Record<string, unknown> | undefined;
  if (!activity || typeof activity !== 'object') return [...problems, 'activity is not an object'];
  for (const [field, value] of Object.entries(activity)) {
    if (value === undefined) continue;
    const limit = (LIMITS as Record<string, { min: number; max: number }>)[field];
    if (limit) {
      if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`${field} = ${String(value)} is not a finite number`);
      else if (value < limit.min || value > limit.max) problems.push(`${field} = ${value} is outside [${limit.min}, ${limit.max}]`);
      continue;
    }
    switch (field) {
      case 'sport':
        if (typeof value !== 'string' || !SPORT_SET.has(value)) problems.push(`sport = ${JSON.stringify(value)} is not one of ${SPORTS.join(', ')}`);
        break;
      case 'startTime': {
        const ms = wallClockMs(value);
        if (ms === null) problems.push(`startTime = ${JSON.stringify(value)} is not a date`);
        else if (ms > FUZZ_NOW.getTime() + 86_400_000) problems.push(`startTime = ${JSON.stringify(value)} is more than a day in the future`);
        break;
      }
      case 'temperatureSource':
        if (typeof value !== 'string' || !SOURCES.has(value)) problems.push(`temperatureSource = ${JSON.stringify(value)}`);
        break;
      case 'isRace':
        if (typeof value !== 'boolean') problems.push(`isRace = ${JSON.stringify(value)}`);
        break;
      case 'id':
        if (typeof value !== 'string') problems.push(`id = ${JSON.stringify(value)}`);
        break;
      // Plain text within its limit, and never markup-looking control characters.
      case 'title':
        if (typeof value !== 'string' || value === '' || [...value].length > ACTIVITY_TITLE_MAX || /[\p{Cc}\p{Cf}]/u.test(value)) problems.push(`title = ${JSON.stringify(value)}`);
        break;
      default:
        if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${field} = ${value} is not finite`);
        else problems.push(`unexpected field ${field} = ${JSON.stringify(value)?.slice(0, 60)}`);
    }
  }
  return problems;
}

/**
 * What a Strava classic page's own numbers (its inline `pageView.activity().set({...})`, which the
 * DOM mutations never touch) say, when that data is the page's for `url`: the values read must
 * agree with them to the display's precision (two decimals of a km or mile; a whole metre or foot;
 * a second), whatever was done to the shown text.
 */
export function checkOwnNumbers(doc: Document, url: URL, result: ExtractResult): string[] {
  const scripts = Array.from(doc.querySelectorAll('script:not([src])'), (script) => script.textContent ?? '');
  const id = /\/activities\/(\d+)/.exec(url.pathname)?.[1];
  if (!id || !scripts.some((text) => new RegExp(`"activity_id"\\s*:\\s*${id}\\b`).test(text))) return [];
  const literal = scripts.map((text) => /pageView\.activity\(\)\.set\(\{([^{}]*\bdistance\s*:[^{}]*)\}\)/.exec(text)?.[1]).find(Boolean) ?? '';
  const own = (key: string) => Number(new RegExp(`\\b${key}\\s*:\\s*(-?[\\d.]+)`).exec(literal)?.[1] ?? Number.NaN);
  const problems: string[] = [];
  const checks: [keyof ExtractResult['activity'], number, number][] = [
    ['distanceM', own('distance'), 16.1 + 0.5],
    ['movingS', own('moving_time'), 1],
    ['elevationGainM', own('elev_gain'), 1.5],
  ];
  for (const [field, exact, tolerance] of checks) {
    const value = result.activity[field];
    if (typeof value === 'number' && Number.isFinite(exact) && Math.abs(value - exact) > tolerance) {
      problems.push(`${field} = ${value} but the page's own number is ${exact}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- one case

export interface Fixture {
  name: string;
  /** The (trimmed) markup, for raw-markup cases. */
  html: string;
  doc: Document;
  targets: Targets;
}

export interface CaseFailure {
  index: number;
  seed: number;
  fixture: string;
  adapter: string;
  ops: string[];
  problems: string[];
}

/** A URL each site accepts as an activity page: the first of its example URLs that shows an activity. */
export function activityUrlFor(site: SiteDefinition): URL {
  const example = site.meta.exampleUrls.find((e) => e.activityId !== null);
  return new URL(example?.url ?? site.meta.matches[0]?.replace(/\*/g, 'x') ?? 'https://example.com/');
}

/**
 * Runs case `index` of a run seeded with `baseSeed`: picks a fixture and mutations from the
 * case's own seed, runs every adapter, checks every result. `parse` turns markup into a Document
 * (happy-dom's DOMParser), used by the raw-markup cases.
 */
export function runCase(
  index: number,
  baseSeed: number,
  fixtures: readonly Fixture[],
  adapters: readonly PageReader[],
  parse: (html: string) => Document,
  rawShare = 0.05,
): { ops: string[]; fixture: string; failures: CaseFailure[]; results: Map<string, ExtractResult> } {
  const seed = caseSeed(baseSeed, index);
  const rng = makeRng(seed);
  // Each site's folder gets an equal share of cases: Runalyze's two pages are not drowned by Strava's thirty.
  const folders = [...new Set(fixtures.map((f) => f.name.split(/[\\/]/)[0]))];
  const folder = rng.pick(folders);
  const fixture = rng.pick(fixtures.filter((f) => f.name.split(/[\\/]/)[0] === folder));
  let doc = fixture.doc;
  let ops: string[];
  let undo = () => {};
  if (rng.next() < rawShare) {
    const mutated = mutateHtml(fixture.html, rng);
    ops = mutated.ops;
    doc = parse(mutated.html);
  } else {
    ({ ops, undo } = mutateDocument(doc, fixture.targets, rng));
  }
  const failures: CaseFailure[] = [];
  const results = new Map<string, ExtractResult>();
  try {
    for (const adapter of adapters) {
      let problems: string[];
      try {
        const result = adapter.extract(doc);
        results.set(adapter.id, result);
        problems = checkResult(result);
        if (problems.length === 0) problems = checkOwnNumbers(doc, adapter.url, result);
      } catch (error) {
        problems = [`threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`];
      }
      if (problems.length > 0) failures.push({ index, seed, fixture: fixture.name, adapter: adapter.id, ops, problems });
    }
  } finally {
    undo();
  }
  return { ops, fixture: fixture.name, failures, results };
}

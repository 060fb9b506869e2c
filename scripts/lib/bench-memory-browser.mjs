// Stands in for webextension-polyfill when the benchmark runs a whole page read in Node: storage
// in memory (with change events, as the browsers send them), and the few other calls a page read
// makes (badge, language). Storage calls are counted, so the bench can say how many a read made.
const listeners = new Set();
export const calls = { get: 0, set: 0 };
function area(name) {
  let items = {};
  const changed = (changes) => {
    for (const l of listeners) l(changes, name);
  };
  return {
    get: async (keys) => {
      calls.get++;
      if (keys === null) return structuredClone(items);
      const out = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) if (k in items) out[k] = structuredClone(items[k]);
      return out;
    },
    set: async (values) => {
      calls.set++;
      const copy = structuredClone(values);
      items = { ...items, ...copy };
      changed(Object.fromEntries(Object.entries(copy).map(([k, v]) => [k, { newValue: v }])));
    },
    remove: async (keys) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete items[k];
    },
    clear: async () => {
      items = {};
    },
  };
}
export default {
  storage: { local: area('local'), session: area('session'), onChanged: { addListener: (l) => listeners.add(l) } },
  runtime: { id: 'bench' },
  action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  i18n: { getUILanguage: () => 'en', getMessage: (key) => key },
};

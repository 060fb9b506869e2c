/**
 * The logged-out public view renders from JSON in `data-react-props` on its React root. That
 * attribute is parsed as data with JSON.parse (never evaluated); only plain strings and numbers
 * are taken from it.
 */
export interface PublicActivity {
  types: string[];
  distance?: string;
  /** The public view's "Time": Strava shows the moving time there. */
  time?: string;
  elevation?: string;
  /** A number in the props seen so far; a formatted string is accepted too. */
  calories?: number | string;
  date?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.length < 200 ? value : undefined);

/** The activity in the root's props, or null when the attribute is missing or not JSON. */
export function readPublicProps(root: Element): PublicActivity | null {
  let props: unknown;
  try {
    props = JSON.parse(root.getAttribute('data-react-props') ?? '');
  } catch {
    return null;
  }
  const activity = (props as { activity?: unknown } | null)?.activity;
  if (typeof activity !== 'object' || activity === null) return null;
  const a = activity as Record<string, unknown>;
  return {
    types: [text(a.detailedType), text(a.type)].filter((t): t is string => t !== undefined),
    distance: text(a.distance),
    time: text(a.time),
    elevation: text(a.elevation),
    calories: typeof a.calories === 'number' ? a.calories : text(a.calories),
    date: text(a.date),
  };
}

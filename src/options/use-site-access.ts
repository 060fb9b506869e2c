import { useEffect, useState } from 'preact/hooks';
import { hasSiteAccess, onSiteAccessChanged } from '../platform/site-access';
import { SITES } from '../sites/index';

/**
 * Which optional sites the browser grants access to right now, kept current while the options
 * page is open: the runner can withdraw access in the browser's own settings at any time, and
 * the page must then show the site as off (null while not yet known).
 */
export function useSiteAccess(): Record<string, boolean> | null {
  const [granted, setGranted] = useState<Record<string, boolean> | null>(null);
  useEffect(() => {
    let live = true;
    const check = async () => {
      const entries = await Promise.all(SITES.filter((s) => !s.meta.builtIn).map(async ({ meta }) => [meta.id, await hasSiteAccess([...meta.origins]).catch(() => false)] as const));
      if (live) setGranted(Object.fromEntries(entries));
    };
    void check();
    const stop = onSiteAccessChanged(() => void check());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return granted;
}

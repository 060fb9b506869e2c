import { SITES, siteById } from '../sites/index';

export { siteEnabled } from '../sites/index';

/** Every supported site's id, in the list's order. */
export const SITE_IDS = SITES.map((site) => site.meta.id);

export const siteLabel = (id: string) => siteById(id)?.meta.label ?? id;

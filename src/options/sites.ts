import { SITE_CATALOG } from '../sites/catalog';

export { siteEnabled } from '../sites/catalog';

export const siteLabel = (id: string) => SITE_CATALOG.find((s) => s.id === id)?.label ?? id;

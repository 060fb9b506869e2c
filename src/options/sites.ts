import { SITES } from '../sites/index';

export { siteEnabled } from '../sites/index';

export const siteLabel = (id: string) => SITES.find((s) => s.meta.id === id)?.meta.label ?? id;

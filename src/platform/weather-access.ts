/**
 * Access to Open-Meteo for the weather opt-in: its hosts are optional host permissions,
 * asked for when the runner switches the lookup on and given back when switched off. Firefox also
 * asks for the built-in data consent: the rounded start point is location data sent outside the
 * extension, so the Firefox manifest declares `locationInfo` as OPTIONAL data collection and it is
 * requested with the hosts (`data_collection`, Firefox 140+). Chrome knows no such key.
 */
import { browser } from './browser';
import { OPEN_METEO_ORIGINS } from './open-meteo';

type Permissions = { origins: string[]; data_collection?: string[] };
type PermissionsApi = {
  request(p: Permissions): Promise<boolean>;
  remove(p: Permissions): Promise<boolean>;
  contains(p: Permissions): Promise<boolean>;
};

const api = () => browser.permissions as unknown as PermissionsApi;
/** `runtime.getBrowserInfo` exists in Firefox only. */
const isFirefox = () => typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
const wanted = (): Permissions => (isFirefox() ? { origins: OPEN_METEO_ORIGINS, data_collection: ['locationInfo'] } : { origins: OPEN_METEO_ORIGINS });

/** Must run in the click handler, or the browser refuses to prompt. */
export const requestWeatherAccess = (): Promise<boolean> => api().request(wanted());

export const dropWeatherAccess = (): Promise<boolean> => api().remove(wanted());

/** Whether a lookup may be sent at all (checked before every request, with the setting). */
export const hasWeatherAccess = (): Promise<boolean> => api().contains(wanted());

// Background service worker: answers the content script, popup and options page, and keeps the
// optional sites' content scripts registered. Listeners are added synchronously at start-up so
// a worker woken by an event can handle it.
import { onInstalledOrStartup } from '../platform/lifecycle';
import { listen } from '../platform/messaging';
import { relayPanelPorts } from '../platform/panel-relay';
import { onSiteAccessChanged } from '../platform/site-access';
import { restrictStorageToTrustedContexts } from '../platform/storage-access';
import { notifyTabsOfProfileOrSettingsChanges } from '../platform/tab-notices';
import { createHandlers } from './handlers';
import { syncSiteScripts } from './site-scripts';

const sync = () => void syncSiteScripts().catch((error) => console.warn('Cramp Check: site scripts', error));

// First, before any content script can ask: storage.local for the extension's own contexts only.
void restrictStorageToTrustedContexts();
listen(createHandlers());
notifyTabsOfProfileOrSettingsChanges();
relayPanelPorts();
onInstalledOrStartup(sync);
onSiteAccessChanged(sync);

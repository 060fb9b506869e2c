// Background service worker: answers the content script, popup and options page.
// Registered synchronously at start-up so a worker woken by a message can answer it.
import { listen } from '../platform/messaging';
import { createHandlers } from './handlers';

listen(createHandlers());

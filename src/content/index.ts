// Content script entry: follow the page's in-page routes and show the panel for each activity.
import { showActivity } from './controller';
import { watchRoute } from './route-watch';

let routeController: AbortController | null = null;

watchRoute(
  window,
  (url) => {
    routeController?.abort();
    routeController = new AbortController();
    showActivity(document, url, routeController.signal).catch((error) => console.warn('Cramp Check:', error));
  },
  new AbortController().signal,
);

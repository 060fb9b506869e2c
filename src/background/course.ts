import type { Runtime } from '../platform/browser';
import { openRacePage, saveCourseDraft } from '../platform/course-draft';
import type { Request } from '../platform/messages';
import { loadSettings } from '../platform/storage';
import { siteById, siteEnabled } from '../sites/index';

type OpenCourse = Extract<Request, { type: 'open-race-course' }>;

/**
 * A route page handed over its course: kept as the race page's draft, and the race page opened.
 * Only from the route page it names, on that site: a page cannot send another site's file, or a
 * file for a route it does not show.
 */
export async function openCourse(request: OpenCourse, sender: Runtime.MessageSender): Promise<null> {
  const course = siteById(request.site)?.page.course;
  const url = URL.canParse(request.url) ? new URL(request.url) : null;
  const senderUrl = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : null;
  if (!course || !url || !senderUrl) throw new Error('not a route page');
  if (senderUrl.origin !== url.origin || course.routeId(senderUrl) !== request.routeId || course.routeId(url) !== request.routeId) {
    throw new Error('the route named is not the route the page shows');
  }
  // A site the runner switched off hands nothing over.
  if (!siteEnabled((await loadSettings()).value.sites, request.site)) throw new Error('this site is switched off in the options');
  await saveCourseDraft({ site: request.site, routeId: request.routeId, gpx: request.gpx });
  await openRacePage();
  return null;
}

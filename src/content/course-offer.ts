/**
 * The content script's job on a route page: a panel offering the route as a race course. On the
 * runner's click it fetches the route's own GPX (same-origin, the page half's `course.load`) and
 * hands the text, unparsed, to the background, which keeps it for the race page and opens that.
 */
import { sendFromContent as send } from '../platform/content-messaging';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import type { CourseFetch, CourseSource, PageHalf } from '../sites/types';
import type { CourseOfferState } from '../ui/CourseOffer';
import type { PanelEvent, PanelView } from '../ui/panel-view';
import { TEST_BUILD } from './build-flags';
import { onSystemSchemeChange, pageColorScheme } from './page-scheme';
import { showFramedPanel } from './panel-frame';
import { showInlinePanel } from './panel-inline';

const showPanel = TEST_BUILD ? showInlinePanel : showFramedPanel;

const PROBLEM: Record<Extract<CourseFetch, { ok: false }>['problem'], MessageKey> = {
  'signed-out': 'courseOfferSignedOut',
  unavailable: 'courseOfferUnavailable',
  'too-big': 'courseOfferTooBig',
};

export function showCourseOffer(page: PageHalf, course: CourseSource, doc: Document, url: URL, signal: AbortSignal): void {
  const state: CourseOfferState = { busy: false, error: null };
  let collapsed = false;

  const paint = () => {
    const mount = page.mountPoint(doc);
    if (signal.aborted || !mount) return;
    const view: PanelView = {
      state: 'ready',
      analysis: null,
      pending: false,
      error: null,
      missingFields: [],
      units: 'metric',
      locale: uiLanguage(),
      collapsed,
      scheme: pageColorScheme(doc),
      canLogCramp: false,
      course: { ...state },
    };
    showPanel(doc, mount, view, onEvent);
  };

  const plan = async () => {
    if (state.busy) return;
    Object.assign(state, { busy: true, error: null });
    paint();
    const fetched = await course.load(url, (input, init) => fetch(input, init));
    if (!fetched.ok) {
      Object.assign(state, { busy: false, error: t(PROBLEM[fetched.problem]) });
    } else {
      try {
        await send({ type: 'open-race-course', site: page.meta.id, url: url.href, routeId: fetched.routeId, gpx: fetched.gpx });
        state.busy = false;
      } catch (error) {
        Object.assign(state, { busy: false, error: t('courseOfferFailed', error instanceof Error ? error.message : String(error)) });
      }
    }
    paint();
  };

  const onEvent = (event: PanelEvent) => {
    if (event.type === 'plan-course') void plan();
    else if (event.type === 'toggle') {
      collapsed = !collapsed;
      paint();
    }
  };

  onSystemSchemeChange(doc, paint, signal);
  paint();
}

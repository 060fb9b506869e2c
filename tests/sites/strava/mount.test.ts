import { describe, expect, it } from 'vitest';
import { stravaPage } from '../../../src/sites/strava/page';
import { loadPage, pageFromHtml } from './load-fixture';

describe('stravaPage.mountPoint', () => {
  it('classic: right after the stats column, inside its parent', () => {
    const doc = loadPage('classic-ride-2173828434.html');
    const stats = doc.querySelector('.activity-stats');
    const mount = stravaPage.mountPoint(doc);
    expect(mount?.parent).toBe(stats?.parentElement);
    expect(mount?.before).toBe(stats?.nextSibling);
  });

  it('public: right after the ActivityPublic root', () => {
    const doc = loadPage('public-ride-197593017.html');
    const root = doc.querySelector('[data-react-class="ActivityPublic"]');
    const mount = stravaPage.mountPoint(doc);
    expect(mount?.parent).toBe(root?.parentElement);
    expect(mount?.before).toBe(root?.nextSibling);
  });

  it('any other page: top of main, else #view, else body — never null with a body', () => {
    const withMain = pageFromHtml('<body><div id="view"><main><p>x</p></main></div></body>');
    expect(stravaPage.mountPoint(withMain)?.parent.tagName).toBe('MAIN');
    const withView = pageFromHtml('<body><div id="view"><p>x</p></div></body>');
    expect(stravaPage.mountPoint(withView)?.parent.id).toBe('view');
    const bare = pageFromHtml('<p>x</p>');
    const mount = stravaPage.mountPoint(bare);
    expect(mount?.parent).toBe(bare.body);
    expect(mount?.before).toBe(bare.body.firstChild);
  });
});

describe('stravaPage.statsRoot', () => {
  it('watches #heading on classic pages, the React root on public ones, else the body', () => {
    expect(stravaPage.statsRoot?.(loadPage('classic-ride-2173828434.html'))?.id).toBe('heading');
    expect(stravaPage.statsRoot?.(loadPage('public-ride-197593017.html'))?.getAttribute('data-react-class')).toBe('ActivityPublic');
    const bare = pageFromHtml('<p>x</p>');
    expect(stravaPage.statsRoot?.(bare)).toBe(bare.body);
  });
});

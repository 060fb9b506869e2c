import { describe, expect, it } from 'vitest';
import { runalyzePage } from '../../../src/sites/runalyze/page';
import { activityUrl, pageFromHtml, readRunalyze, weekUrl } from './fixtures';

/** A one-row data browser in the fixture's markup, with the columns in the order given. */
function table(headers: [string, string][], cells: string[], extra = ''): string {
  const head = headers.map(([short, tip]) => `<td><span class="block relative"><span class="block truncate">${short}</span><span data-tip="${tip}"></span></span></td>`).join('');
  const row = cells.map((c) => `<td>${c}</td>`).join('');
  return `<input id="data-browser-input-from" value="2025-12-29"><input id="data-browser-input-to" value="2026-01-04">
    <table><thead><tr><td></td><td></td>${head}</tr></thead>
    <tbody><tr data-activity-id="42"><td>02.01&nbsp;Fri</td><td><i class="icons8-Running"></i></td>${row}${extra}</tr></tbody></table>`;
}

describe('Runalyze robustness', () => {
  it.each([
    [''],
    ['<table><tr data-activity-id="x"><td>1</td></tr></table>'],
    ['<tr data-activity-id="1"><td>99.99</td></tr>'],
    ['<table><thead><tr><td colspan="-5">Distance</td></tr></thead><tbody><tr data-activity-id="1"><td colspan="1e9">NaN km</td></tr></tbody></table>'],
    [table([['Distance', 'Distance']], ['<script>alert(1)</script>12 parsecs'])],
    ['<div class="tooltip-content">Temperature: hot<br>Humidity: 900 %</div>'],
  ])('never throws on garbage (%#)', (html) => {
    for (const url of [weekUrl, activityUrl('1')]) {
      const result = readRunalyze(pageFromHtml(html), url);
      expect(result.activity.distanceM).toBeUndefined();
    }
  });

  it('finds columns by their header, in whatever order the runner chose, across New Year', () => {
    const html = table(
      [['avg. HR', 'avg. Heart rate'], ['Temp.', 'Temperature'], ['Duration', 'Duration'], ['Distance', 'Distance']],
      ['150&nbsp;bpm', '-3&nbsp;°C', '45:00', '9,1&nbsp;km'],
    );
    const result = readRunalyze(pageFromHtml(html), weekUrl);
    expect(result.activity).toEqual({ id: '42', sport: 'run', startTime: '2026-01-02', avgHeartRate: 150, temperatureC: -3, movingS: 2700, distanceM: 9100 });
    expect(result.temperatureSource).toBeUndefined(); // the column alone does not say where it came from
  });

  it('rejects implausible values and reads humidity only from the weather tooltip', () => {
    const tooltip = '<td><div class="tooltip-content">Temperature: 70&nbsp;°C<br>Humidity: 61&nbsp;%</div></td>';
    const html = table([['avg. HR', 'avg. Heart rate'], ['Duration', 'Duration'], ['Distance', 'Distance']], ['400&nbsp;bpm', '10:00', '50,0&nbsp;km'], tooltip);
    const result = readRunalyze(pageFromHtml(html), weekUrl);
    expect(result.activity.avgHeartRate).toBeUndefined();
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.activity.distanceM).toBeUndefined(); // 50 km in 10 minutes
    expect(result.activity.humidityPct).toBe(61);
    expect(result.rejected.map((r) => r.field).sort()).toEqual(['avgHeartRate', 'distanceM', 'temperatureC']);
  });

  it('reports a cell it cannot read as unread with the reason', () => {
    const html = table([['Distance', 'Distance']], ['far']);
    const result = readRunalyze(pageFromHtml(html), weekUrl);
    expect(result.unread).toContainEqual({ field: 'distanceM', reason: 'could not read "far" as a number with a unit' });
  });
});

describe('Runalyze mount point', () => {
  it('top of the open activity panel, else above the data browser, else the body', () => {
    const both = pageFromHtml('<div id="dataBrowser"><table></table></div><div id="activity"><h1>Run</h1></div>');
    expect(runalyzePage.mountPoint(both)).toEqual({ parent: both.querySelector('#activity'), before: both.querySelector('#activity h1') });
    expect(runalyzePage.statsRoot?.(both)?.id).toBe('dataBrowser');
    const browser = pageFromHtml('<div id="dataBrowser"><table></table></div>');
    expect(runalyzePage.mountPoint(browser)?.parent.id).toBe('dataBrowser');
    const bare = pageFromHtml('<p>x</p>');
    expect(runalyzePage.mountPoint(bare)).toEqual({ parent: bare.body, before: bare.body.firstChild });
    expect(runalyzePage.statsRoot?.(bare)).toBe(bare.body);
  });
});

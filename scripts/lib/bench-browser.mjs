// The popup's first render, for the benchmark (the page loads: bench-page-loads.mjs).
import { launchWithExtension } from './browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const serve = () => null;

export async function popupTiming(count) {
  const { context, extensionId, close } = await launchWithExtension({ serve });
  const times = [];
  try {
    const page = await context.newPage();
    for (let i = 0; i < count + 1; i++) {
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      await page.waitForSelector('h1');
      const fcp = await page.evaluate(
        () =>
          new Promise((done) => {
            const entry = performance.getEntriesByName('first-contentful-paint')[0];
            if (entry) return done(entry.startTime);
            new PerformanceObserver((list) => done(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
          }),
      );
      if (i > 0) times.push(fcp);
    }
  } finally {
    await close();
  }
  return median(times);
}

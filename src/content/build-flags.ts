/**
 * Whether this is the test build (`npm run build:test` → dist-test/, `build:test:firefox` →
 * dist-firefox-test/). Only the test build exposes the panel contract (README "Panel contract"):
 * the panel drawn in the page in an open shadow root, and the read/analysis attributes on the
 * host, for real-browser tests. The store build (`npm run build`) defines it false: the panel is
 * drawn in the extension's own frame (panel-frame.ts), the contract code and the in-page panel are
 * not even in the bundle, and nothing derived from the runner's profile is reachable from the page.
 * Unit tests set the global (tests/setup) to test the contract; a test mocks this module to test
 * the store build's behaviour.
 */
declare const __CRAMP_CHECK_TEST_BUILD__: boolean | undefined;

export const TEST_BUILD: boolean = typeof __CRAMP_CHECK_TEST_BUILD__ !== 'undefined' && __CRAMP_CHECK_TEST_BUILD__ === true;

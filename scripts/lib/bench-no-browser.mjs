// Stands in for webextension-polyfill when the benchmark loads background code in Node: the
// timed functions are pure and never reach the browser API.
export default {};

/// <reference types="vite/client" />

/** @crxjs/vite-plugin: importing a content script with `?script` yields its built file path. */
declare module '*?script' {
  const path: string;
  export default path;
}

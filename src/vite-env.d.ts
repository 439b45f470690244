/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The browser this build is for, fixed at build time by vite.config.ts. */
  readonly TARGET: 'chrome' | 'firefox';
  /** True only in the e2e test build (dist/chrome-test): Spotify's hosts can then be overridden. */
  readonly TEST_BUILD: boolean;
}

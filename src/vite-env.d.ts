/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The browser this build is for, fixed at build time by vite.config.ts. */
  readonly TARGET: 'chrome' | 'firefox';
}

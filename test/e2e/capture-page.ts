// The shipped capture code bundled for a plain page (scripts/lib/browser/page-bundle.ts) and a headless
// Chromium to open it in: one of each per test file, closed after its tests.
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, HEADLESS_SWITCHES } from '../../scripts/lib/browser/harness';
import { type CaptureServer, serveCapture } from '../../scripts/lib/browser/page-bundle';

export interface CapturePage {
  /** The bundle server's origin (`/capture.js`, `/models/`, `/wasm/`, `/frames/`). */
  readonly origin: string;
  readonly browser: Browser;
}

/** Call at a describe's top: the server and the browser exist from its beforeAll to its afterAll. */
export function useCapturePage(): CapturePage {
  let server: CaptureServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    server = await serveCapture();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: HEADLESS_SWITCHES });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(v: T | null, what: string): T => {
    if (!v) throw new Error(`the capture page's ${what} is used outside its describe's tests`);
    return v;
  };
  return {
    get origin() {
      return need(server, 'server').origin;
    },
    get browser() {
      return need(browser, 'browser');
    },
  };
}

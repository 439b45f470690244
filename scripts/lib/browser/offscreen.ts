// Reaches into Chrome's offscreen document from a test, the way DevTools does (the Chrome DevTools
// Protocol), so that tests can break the camera page from outside without any hook in src/.
import type { CDPSession } from 'playwright-core';
import { PAGES } from '../../../src/shared/pages';
import type { Extension } from './harness';

export interface OffscreenDocument {
  /** Evaluates an expression in the document (awaits a promise it returns) and answers its JSON value. */
  evaluate(expression: string): Promise<unknown>;
  /** Any DevTools Protocol command, in the document. */
  call(method: string, params?: object): Promise<Record<string, unknown>>;
  /** Listens to a DevTools Protocol event of the target (e.g. heap snapshot chunks); answers a remover. */
  on(method: string, listener: (params: Record<string, unknown>) => void): () => void;
  detach(): Promise<void>;
}

export async function offscreenDocument(ext: Extension): Promise<OffscreenDocument> {
  // Its URL carries its roles in the query (camera, player): any query matches.
  const base = ext.url(PAGES.media);
  return devtoolsTarget(ext, (t) => t.url === base || t.url.startsWith(`${base}?`), 'offscreen document');
}

/** The extension's service worker, for what Playwright's Worker cannot do (heap, garbage collection). */
export function serviceWorkerTarget(ext: Extension): Promise<OffscreenDocument> {
  return devtoolsTarget(
    ext,
    (t) => t.type === 'service_worker' && t.url.startsWith(ext.url('')),
    'service worker',
  );
}

/** Any DevTools target of the browser, found by its type and URL. */
export async function devtoolsTarget(
  ext: Extension,
  match: (t: { type: string; url: string }) => boolean,
  what: string,
): Promise<OffscreenDocument> {
  const page = await ext.context.newPage();
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(match);
  if (!target) throw new Error(`no ${what} is open`);
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 0;
  type Reply = { result?: Record<string, unknown>; error?: unknown };
  const pending = new Map<number, (reply: Reply) => void>();
  const listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const reply = JSON.parse(e.message) as Reply & {
      id?: number;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
    else if (reply.method) for (const l of listeners.get(reply.method) ?? []) l(reply.params ?? {});
  });
  // A target that goes (a document closed or replaced while a test polls it) never answers: what was
  // asked of it fails at once instead of hanging the test until its timeout, with no word of why.
  const gone = `the ${what} has gone`;
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    for (const settle of [...pending.values()]) settle({ error: gone });
  });
  const call = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, (reply) => {
        pending.delete(id);
        if (reply.error) reject(new Error(`${method}: ${JSON.stringify(reply.error)}`));
        else resolve(reply.result ?? {});
      });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(() => pending.get(id)?.({ error: gone }));
    });
  return {
    call,
    on(method, listener) {
      const set = listeners.get(method) ?? new Set();
      listeners.set(method, set.add(listener));
      return () => set.delete(listener);
    },
    async evaluate(expression) {
      const r = await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails)
        throw new Error(`in the offscreen document: ${JSON.stringify(r.exceptionDetails)}`);
      return (r.result as { value?: unknown } | undefined)?.value;
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/**
 * An expression for the offscreen document: at the next frame the capture loop reads, runs `body` (a
 * function body with the camera's video track as `track`) and resolves with what it returns. The track
 * is private to the loop, so it is caught where every frame asks whether it is still live (its
 * readyState), whichever way the frame is then read (drawn, copied, or from the track itself).
 */
export function atNextFrame(body: string): string {
  return `new Promise((done) => {
  const proto = MediaStreamTrack.prototype;
  const real = Object.getOwnPropertyDescriptor(proto, 'readyState');
  Object.defineProperty(proto, 'readyState', {
    ...real,
    get() {
      if (this.kind === 'video') {
        Object.defineProperty(proto, 'readyState', real);
        done(((track) => { ${body} })(this));
      }
      return real.get.call(this);
    },
  });
})`;
}

/** Stops the camera's video track in the offscreen document, as another app or the OS would end it. */
export async function stopCameraTrack(doc: OffscreenDocument): Promise<number> {
  const stopped = await doc.evaluate(
    atNextFrame(`const live = track.readyState === 'live';
    track.stop();
    return live ? 1 : 0;`),
  );
  return Number(stopped);
}

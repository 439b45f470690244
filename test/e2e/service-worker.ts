// Stops the extension's service worker the way the browser does when it idles (DevTools protocol), so
// that a test can watch what a fresh worker does at start.
import type { Extension } from '../../scripts/lib/browser/harness';

export async function stopServiceWorker(e: Extension): Promise<void> {
  const page = await e.context.newPage();
  const cdp = await e.context.newCDPSession(page);
  const versions: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: v }) => {
    for (const version of v)
      if (version.scriptURL.includes(e.id) && version.runningStatus === 'running')
        versions.push(version.versionId);
  });
  await cdp.send('ServiceWorker.enable');
  await new Promise((r) => setTimeout(r, 500));
  for (const versionId of versions) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await page.close();
  if (versions.length === 0) throw new Error('no running service worker found to stop');
}

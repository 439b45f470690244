import { y4m } from './lib/browser/fixtures';
import { grantCamera, launchExtension } from './lib/browser/harness';
import { offscreenDocument } from './lib/browser/offscreen';

const ext = await launchExtension({ camera: y4m('photo-smile') });
try {
  await grantCamera(ext);
  await new Promise((r) => setTimeout(r, 1000));
  const doc = await offscreenDocument(ext);
  doc.on('Runtime.consoleAPICalled', (p) => console.log('[console]', JSON.stringify(p.args).slice(0, 400)));
  doc.on('Runtime.exceptionThrown', (p) => console.log('[exception]', JSON.stringify(p).slice(0, 600)));
  doc.on('Log.entryAdded', (p) => console.log('[log]', JSON.stringify(p).slice(0, 400)));
  await doc.call('Runtime.enable');
  await doc.call('Log.enable');
  console.log(
    await doc.evaluate(
      `JSON.stringify({coi: globalThis.crossOriginIsolated, sab: typeof SharedArrayBuffer})`,
    ),
  );
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, 5000));
    const s = await ext.snapshot();
    console.log(i, s.status, s.detail, s.backend, JSON.stringify(s.perf));
  }
  await doc.detach();
} finally {
  await ext.close();
}

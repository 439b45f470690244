// `npm run bench -- --cpu SECONDS`: the share of one core that the extension's processes use with the
// camera on at the default interval (1 frame a second), from /proc (Linux): the extension renderer
// (worker, offscreen document) and, apart, the browser's video capture service.
import { readdirSync, readFileSync } from 'node:fs';
import { PAGES } from '../../src/shared/pages';
import { y4m } from './browser/fixtures';
import { grantCamera, launchExtension } from './browser/harness';

const TICKS = 100; // USER_HZ on Linux

function processes(): { pid: string; cmd: string; ticks: number }[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        if (!cmd.includes('chromium')) return [];
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return [{ pid, cmd, ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return [];
      }
    });
}

/** `intervalMs`: another interval than the default (e.g. 10000 to see what the camera costs with few frames read). */
export async function cpuShare(seconds: number, intervalMs?: number): Promise<void> {
  const ext = await launchExtension({ camera: y4m('photo-smile') });
  try {
    if (intervalMs) {
      const page = await ext.context.newPage();
      await page.goto(ext.url(PAGES.options));
      await page.evaluate(
        (v) => chrome.storage.local.set({ captureIntervalMs: { v: 1, value: v } }),
        intervalMs,
      );
      await page.close();
    }
    await grantCamera(ext);
    await ext.waitForSnapshot((s) => s.status === 'ok');
    await new Promise((r) => setTimeout(r, 5000)); // past the first frames' kernel compilation
    const kinds = (cmd: string) =>
      cmd.includes('--extension-process')
        ? 'extension renderer'
        : cmd.includes('video_capture')
          ? 'video capture service'
          : 'rest of the browser';
    const before = new Map(processes().map((p) => [p.pid, p.ticks]));
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const elapsed = (Date.now() - t0) / 1000;
    const share = new Map<string, number>();
    for (const p of processes()) {
      const kind = kinds(p.cmd);
      share.set(kind, (share.get(kind) ?? 0) + (p.ticks - (before.get(p.pid) ?? p.ticks)) / TICKS / elapsed);
    }
    console.log(
      `CPU at ${intervalMs ? `a ${intervalMs} ms interval` : 'the default interval (1 frame/s)'}, over ${elapsed.toFixed(0)} s, as a share of one core:`,
    );
    for (const kind of ['extension renderer', 'video capture service', 'rest of the browser'])
      console.log(`  ${kind.padEnd(22)} ${((share.get(kind) ?? 0) * 100).toFixed(1)} %`);
  } finally {
    await ext.close();
  }
}

// `npm run bench -- --cpu SECONDS`: the share of one core that the extension's processes use with the
// camera on at the default interval (1 frame a second), from /proc (Linux): the extension renderer
// (worker, offscreen document) and, apart, the browser's video capture service. Only this browser's
// processes count (other browsers on a shared machine carry another --user-data-dir).
// --camera still|moving: the still photo, or the same face panning (fixtures.ts movingY4m);
// --camera-fps N: the fake camera's .y4m says N frames a second (Chromium's fake camera plays a file
// at its header's rate whatever the page asks; 5 models a real camera that honours the extension's ask).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGES } from '../../src/shared/pages';
import { movingY4m, y4m, y4mAt } from './browser/fixtures';
import { type Extension, grantCamera, launchExtension } from './browser/harness';

export const TICKS = 100; // USER_HZ on Linux

/** This browser's processes (by its --user-data-dir) and the CPU ticks each has used so far. */
export function processes(profile: string): { pid: string; cmd: string; ticks: number }[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        if (!cmd.includes('chromium') || !cmd.includes(`--user-data-dir=${profile}`)) return [];
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return [{ pid, cmd, ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return [];
      }
    });
}

/**
 * CPU ticks so far of each thread of these processes, by thread name (`comm`: "chromium" is a process's
 * main thread): which thread of the extension's renderer does the work (docs/performance.md, eighth round).
 */
export function threadTicks(pids: readonly string[]): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of pids) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const key = `${pid}:${tid} ${name === 'chromium' ? 'main' : name}`;
        ticks.set(key, Number(fields[11]) + Number(fields[12]));
      } catch {
        // A thread that ended between listing and reading.
      }
    }
  }
  return ticks;
}

/**
 * The extension on the fake camera (still or moving face, at the frame rate its file says), reading moods
 * at `intervalMs` (the default when absent), past its first frames' kernel compilation. The caller closes
 * it and removes `profile`.
 */
export async function launchReading(
  camera: { scene: 'still' | 'moving'; fps?: number },
  intervalMs?: number,
  dist?: string,
): Promise<{ ext: Extension; profile: string }> {
  const file =
    camera.scene === 'moving'
      ? movingY4m(camera.fps ?? 25)
      : camera.fps
        ? y4mAt('photo-smile', camera.fps)
        : y4m('photo-smile');
  const profile = mkdtempSync(join(tmpdir(), 'emotune-cpu-'));
  const ext = await launchExtension({ camera: file, profile, dist });
  try {
    await startReading(ext, intervalMs);
  } catch (error) {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return { ext, profile };
}

async function startReading(ext: Extension, intervalMs?: number): Promise<void> {
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
}

/** `intervalMs`: another interval than the default (e.g. 10000 to see what the camera costs with few frames read). */
export async function cpuShare(
  seconds: number,
  intervalMs?: number,
  camera: { scene: 'still' | 'moving'; fps?: number } = { scene: 'still' },
  dist?: string,
  keepPages = false,
): Promise<void> {
  const { ext, profile } = await launchReading(camera, intervalMs, dist);
  try {
    // No extension page open (the install's welcome tab, the harness's reader): the user browses other
    // sites while Emotune runs, and an open options page re-renders on every reading.
    if (!keepPages) for (const p of ext.context.pages()) await p.close();
    const kinds = (cmd: string) =>
      cmd.includes('--extension-process')
        ? 'extension renderer'
        : cmd.includes('video_capture')
          ? 'video capture service'
          : 'rest of the browser';
    const before = new Map(processes(profile).map((p) => [p.pid, p.ticks]));
    const renderers = processes(profile)
      .filter((p) => kinds(p.cmd) === 'extension renderer')
      .map((p) => p.pid);
    const threadsBefore = threadTicks(renderers);
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const elapsed = (Date.now() - t0) / 1000;
    const threadsAfter = threadTicks(renderers);
    const share = new Map<string, number>();
    for (const p of processes(profile)) {
      const kind = kinds(p.cmd);
      share.set(kind, (share.get(kind) ?? 0) + (p.ticks - (before.get(p.pid) ?? p.ticks)) / TICKS / elapsed);
    }
    console.log(
      `CPU at ${intervalMs ? `a ${intervalMs} ms interval` : 'the default interval (1 frame/s)'}, over ${elapsed.toFixed(0)} s, as a share of one core; camera: ${camera.scene} face, ${camera.fps ?? 25} fps file:`,
    );
    for (const kind of ['extension renderer', 'video capture service', 'rest of the browser'])
      console.log(`  ${kind.padEnd(22)} ${((share.get(kind) ?? 0) * 100).toFixed(1)} %`);
    const ours = (share.get('extension renderer') ?? 0) + (share.get('video capture service') ?? 0);
    console.log(`  extension + capture   ${(ours * 100).toFixed(1)} %`);
    // Threads of the same name summed (the thread pool's workers); those that ran at all.
    const byName = new Map<string, number>();
    for (const [key, t] of threadsAfter) {
      const name = key.slice(key.indexOf(' ') + 1);
      const used = (t - (threadsBefore.get(key) ?? t)) / TICKS / elapsed;
      byName.set(name, (byName.get(name) ?? 0) + used);
    }
    const threads = [...byName]
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([name, v]) => `${name} ${(v * 100).toFixed(2)} %`);
    console.log(`  extension renderer by thread: ${threads.join(', ')}`);
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

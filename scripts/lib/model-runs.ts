// `npm run bench -- --runs SECONDS`: how often the models actually run at the default interval (1 frame
// a second), from the readings' own timings: a frame whose detection took >= 3 ms ran BlazeFace (the
// check that the last box still holds takes well under 1 ms), one whose classification took >= 3 ms ran
// the classifier (reusing the last scores takes ~0.2 ms). An options page listens to the snapshot, so
// this costs CPU of its own: it is a count, never a CPU figure. Same camera options as --cpu.
import { rmSync } from 'node:fs';
import type { FramePerf, MoodSnapshot } from '../../src/core/mood';
import { PAGES } from '../../src/shared/pages';
import { launchReading } from './cpu-share';
import { quantile } from './metrics';

const RAN_MS = 3;

export async function modelRuns(
  seconds: number,
  intervalMs: number | undefined,
  camera: { scene: 'still' | 'moving'; fps?: number },
  dist?: string,
): Promise<void> {
  const { ext, profile } = await launchReading(camera, intervalMs, dist);
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.url(PAGES.options));
    await page.evaluate(() => {
      const seen: FramePerf[] = [];
      Object.assign(globalThis, { seen });
      let last = 0;
      chrome.storage.onChanged.addListener((changes, area) => {
        const s = (changes.moodSnapshot?.newValue as { value?: MoodSnapshot } | undefined)?.value;
        if (area !== 'session' || !s?.perf || !s.lastReadingAt || s.lastReadingAt === last) return;
        last = s.lastReadingAt;
        seen.push(s.perf);
      });
    });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const perf = (await page.evaluate(() => (globalThis as unknown as { seen: FramePerf[] }).seen)) ?? [];
    const detected = perf.filter((p) => p.detectMs >= RAN_MS).map((p) => p.detectMs);
    const classified = perf.filter((p) => p.classifyMs >= RAN_MS).map((p) => p.classifyMs);
    const perMinute = (n: number) => ((n * 60) / seconds).toFixed(1);
    console.log(
      `Model runs over ${seconds} s, camera: ${camera.scene} face, ${camera.fps ?? 25} fps file, ${perf.length} readings:`,
    );
    console.log(
      `  detector    ran on ${detected.length} frames (${perMinute(detected.length)} a minute), median ${quantile(detected, 0.5).toFixed(1)} ms when it ran`,
    );
    console.log(
      `  classifier  ran on ${classified.length} frames (${perMinute(classified.length)} a minute), median ${quantile(classified, 0.5).toFixed(1)} ms when it ran`,
    );
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

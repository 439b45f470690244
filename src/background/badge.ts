// Draws the toolbar badge from storage (camera state, auto-suggest's mood), so that it is right after a
// worker restart too. Called after every mood update; unchanged badges are not redrawn.

import { badgeFor } from '../core/badge';
import { createSerial } from '../core/serial';
import { browser } from '../shared/browser';
import { moodSnapshot, settings } from '../shared/stores';
import { backgroundState } from './stores';

let drawn = '';
// One draw at a time, in order: a late draw of an older state must not overwrite a newer one.
// No time limit: each draw is three quick browser calls, and none may be skipped.
const serial = createSerial();

export function refreshBadge(): Promise<void> {
  return serial(draw);
}

async function draw(): Promise<void> {
  const [enabled, snapshot, announce] = await Promise.all([
    settings.cameraEnabled.get(),
    moodSnapshot.get(),
    backgroundState.announce.get(),
  ]);
  const badge = badgeFor({ cameraOn: enabled && snapshot.cameraActive, announced: announce.announced });
  const key = JSON.stringify(badge);
  if (key === drawn) return;
  drawn = key;
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setTitle({ title: badge.title });
}

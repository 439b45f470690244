// Draws the toolbar badge from storage (camera state, auto-suggest's mood), so that it is right after a
// worker restart too. Called after every mood update; unchanged badges are not redrawn. A factory over
// its items and the browser's action, so the drawing is unit-tested with fakes.
import type { Badge as BadgeLook } from '../core/badge';
import { badgeFor } from '../core/badge';
import type { Message } from '../core/message';
import type { MoodSnapshot } from '../core/mood';
import type { AnnounceState } from '../core/music/auto-suggest';
import { createSerial } from '../core/serial';
import type { StorageItem } from '../shared/storage-item';

/** The part of browser.action the badge draws with. */
export interface BadgeAction {
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setBadgeText(details: { text: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export interface BadgeDeps {
  action: BadgeAction;
  /** Words in the browser's language (shared/i18n's tm). */
  translate: (m: Message) => string;
  items: {
    cameraEnabled: StorageItem<boolean>;
    snapshot: StorageItem<MoodSnapshot>;
    announce: StorageItem<AnnounceState>;
  };
}

export function createBadge({ action, items, translate }: BadgeDeps) {
  let drawn = '';
  // One draw at a time, in order: a late draw of an older state must not overwrite a newer one. No time
  // limit: each draw is three quick browser calls, and none may be skipped.
  const serial = createSerial();

  const draw = async (): Promise<void> => {
    const [enabled, snapshot, announce] = await Promise.all([
      items.cameraEnabled.get(),
      items.snapshot.get(),
      items.announce.get(),
    ]);
    const badge: BadgeLook = badgeFor({
      cameraOn: enabled && snapshot.cameraActive,
      announced: announce.announced,
    });
    const key = JSON.stringify(badge);
    if (key === drawn) return;
    drawn = key;
    await action.setBadgeBackgroundColor({ color: badge.color });
    await action.setBadgeText({ text: typeof badge.text === 'string' ? badge.text : translate(badge.text) });
    await action.setTitle({ title: translate(badge.title) });
  };

  return {
    /** Redraws the badge from storage (in turn with any draw still running). */
    refresh: (): Promise<void> => serial(draw),
  };
}

export type BadgeDrawer = ReturnType<typeof createBadge>;

// The badge over the shared fake stores and a recording action.

import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { type BadgeAction, createBadge } from '../../../src/background/badge';
import { announceStateDef } from '../../../src/background/music/announcer-items';
import { CAMERA_ON_COLOR } from '../../../src/core/badge';
import { initialSnapshot } from '../../../src/core/mood';
import { englishText } from '../../../src/shared/english';
import { moodSnapshotDef } from '../../../src/shared/mood-item';
import { cameraEnabledDef } from '../../../src/shared/settings';
import { fakeItem } from '../../support/fake-stores';

beforeEach(() => fakeBrowser.reset());

function setup() {
  const calls: string[] = [];
  let release: (() => void) | null = null;
  const action: BadgeAction = {
    setBadgeBackgroundColor: async ({ color }) => void calls.push(`color ${color}`),
    setBadgeText: async ({ text }) => {
      // The first draw's text waits, so a second draw queues behind it.
      if (calls.length === 1 && release === null) await new Promise<void>((r) => (release = r));
      calls.push(`text ${text}`);
    },
    setTitle: async ({ title }) => void calls.push(`title ${title}`),
  };
  const items = {
    cameraEnabled: fakeItem(cameraEnabledDef),
    snapshot: fakeItem(moodSnapshotDef),
    announce: fakeItem(announceStateDef),
  };
  return {
    calls,
    items,
    badge: createBadge({ action, items, translate: englishText }),
    release: () => release?.(),
  };
}

describe('createBadge', () => {
  it('draws the camera and the announced mood from storage, and skips an unchanged badge', async () => {
    const { calls, items, badge, release } = setup();
    await items.cameraEnabled.set(true);
    await items.snapshot.set({ ...initialSnapshot(), cameraActive: true, status: 'ok' });
    const first = badge.refresh();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(calls).toEqual([`color ${CAMERA_ON_COLOR}`, 'text on', 'title Emotune (camera on)']);
    await badge.refresh();
    expect(calls).toHaveLength(3);
  });

  it('draws in order: a later state queued behind a slow draw is the one that stays', async () => {
    const { calls, items, badge, release } = setup();
    await items.cameraEnabled.set(true);
    await items.snapshot.set({ ...initialSnapshot(), cameraActive: true, status: 'ok' });
    const first = badge.refresh();
    await new Promise((r) => setTimeout(r, 0));
    await items.announce.set({ announced: 'happy', notifiedAt: null });
    const second = badge.refresh();
    release();
    await Promise.all([first, second]);
    expect(calls.filter((c) => c.startsWith('text'))).toEqual(['text on', 'text 😄']);
    expect(calls.at(-1)).toBe('title Emotune: you seem happy (camera on)');
  });

  it('a camera switched off shows no camera, even while the snapshot still says active', async () => {
    const { calls, items, badge, release } = setup();
    await items.snapshot.set({ ...initialSnapshot(), cameraActive: true });
    const drawn = badge.refresh();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await drawn;
    expect(calls).toContain('text ');
    expect(calls).toContain('title Emotune');
  });
});

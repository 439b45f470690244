// The announcer over the shared fake stores, a fake suggester, badge and notifications.

import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAnnouncer,
  NOTIFICATION_ID,
  type Notifications,
  SUGGESTIONS_PAGE,
} from '../../../../src/background/music/announcer';
import { announceStateDef } from '../../../../src/background/music/announcer-items';
import type { Emotion } from '../../../../src/core/emotions';
import { initialSnapshot, type MoodSnapshot } from '../../../../src/core/mood';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import { linkSuggestions, type Suggestions } from '../../../../src/core/music/suggestions';
import { englishText } from '../../../../src/shared/english';
import { holdSecondsDef, notifyDef, notifyEveryMinutesDef } from '../../../../src/shared/music-settings';
import { fakeItem } from '../../../support/fake-stores';

const NOW = 10_000_000;
const music = (emotion: Emotion): Suggestions =>
  linkSuggestions({ emotion, source: emotion, strategy: 'match', row: DEFAULT_MAPPING[emotion] }, null, NOW);
const watching = (mood: Emotion, heldMs: number): MoodSnapshot => ({
  ...initialSnapshot(),
  status: 'ok',
  cameraActive: true,
  mood,
  moodSince: NOW - heldMs,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function setup(suggest = async (e: Emotion) => music(e)) {
  let clicked: ((id: string) => void) | null = null;
  const shown: string[] = [];
  const notifications: Notifications = {
    create: async (_id, o) => void shown.push(o.title),
    clear: async () => true,
    onClicked: {
      addListener: (l) => {
        clicked = l;
      },
    },
  };
  const items = {
    state: fakeItem(announceStateDef),
    settings: {
      notify: fakeItem(notifyDef),
      holdSeconds: fakeItem(holdSecondsDef),
      notifyEveryMinutes: fakeItem(notifyEveryMinutesDef),
    },
  };
  const badge = vi.fn(async () => undefined);
  const openPage = vi.fn(async () => undefined);
  const suggester = { suggest: vi.fn(suggest) };
  const announcer = createAnnouncer({
    suggester,
    items,
    badge,
    notifications,
    openPage,
    iconUrl: 'chrome-extension://id/icons/icon-128.png',
    // The catalogue's English, as the browser would give it with English as its language.
    translate: englishText,
    now: () => NOW,
  });
  const followed: Emotion[] = [];
  announcer.onAnnounce(async (mood) => void followed.push(mood));
  // update() is fire-and-forget: wait for its queue by a round of storage.
  const settle = () => new Promise((r) => setTimeout(r, 20));
  return {
    announcer,
    items,
    badge,
    openPage,
    suggester,
    shown,
    followed,
    settle,
    click: (id: string) => clicked?.(id),
  };
}

describe('createAnnouncer', () => {
  it('a mood held long enough is announced: state stored, badge redrawn, notified, music fetched ahead', async () => {
    const t = setup();
    t.announcer.update(watching('happy', 30_000));
    await t.settle();
    expect(await t.items.state.get()).toEqual({ announced: 'happy', notifiedAt: NOW });
    expect(t.badge).toHaveBeenCalledTimes(1);
    expect(t.shown).toEqual([`You seem happy: ${DEFAULT_MAPPING.happy.mood} music?`]);
    expect(t.followed).toEqual(['happy']);
  });

  it('a mood not yet held, or already announced, does nothing', async () => {
    const t = setup();
    t.announcer.update(watching('happy', 1000));
    await t.settle();
    expect(t.badge).not.toHaveBeenCalled();
    t.announcer.update(watching('happy', 30_000));
    t.announcer.update(watching('happy', 31_000));
    await t.settle();
    expect(t.suggester.suggest).toHaveBeenCalledTimes(1);
  });

  it('with notifications off it still badges and fetches, without a notification', async () => {
    const t = setup();
    await t.items.settings.notify.set(false);
    t.announcer.update(watching('sad', 30_000));
    await t.settle();
    expect(t.shown).toEqual([]);
    expect(t.followed).toEqual(['sad']);
  });

  it('the camera going off clears the announced mood and the badge', async () => {
    const t = setup();
    t.announcer.update(watching('happy', 30_000));
    t.announcer.update({ ...initialSnapshot() });
    await t.settle();
    expect((await t.items.state.get()).announced).toBeNull();
    expect(t.badge).toHaveBeenCalledTimes(2);
  });

  it('a failing suggester is logged and the next update still runs', async () => {
    const t = setup(async () => Promise.reject(new Error('offline')));
    t.announcer.update(watching('happy', 30_000));
    t.announcer.update({ ...initialSnapshot() });
    await t.settle();
    expect(console.warn).toHaveBeenCalledWith('[emotune] auto-suggest:', expect.any(Error));
    expect((await t.items.state.get()).announced).toBeNull();
  });

  it('a click on its notification opens the suggestions page; other notifications are not its own', async () => {
    const t = setup();
    t.click('someone-else');
    expect(t.openPage).not.toHaveBeenCalled();
    t.click(NOTIFICATION_ID);
    expect(t.openPage).toHaveBeenCalledWith(SUGGESTIONS_PAGE);
  });
});

// Auto-suggest while browsing: after every mood update, the pure decision in core/music/auto-suggest
// says whether to set or clear the badge and whether to notify; this file does it.
import type { Emotion } from '../../core/emotions';
import type { MoodSnapshot } from '../../core/mood';
import { autoSuggest } from '../../core/music/auto-suggest';
import type { Suggestions } from '../../core/music/suggestions';
import { browser } from '../../shared/browser';
import { PAGES } from '../../shared/pages';
import { musicSettings } from '../../shared/stores';
import { refreshBadge } from '../badge';
import { backgroundState } from '../stores';
import type { Suggester } from './suggester';

export const NOTIFICATION_ID = 'emotune-suggestions';
export const SUGGESTIONS_PAGE = `${PAGES.popup}?view=tab`;

let queue: Promise<unknown> = Promise.resolve();

type Listener = (mood: Emotion, music: Suggestions) => Promise<void>;
const listeners: Listener[] = [];

async function notify(mood: Emotion, suggester: Suggester): Promise<Suggestions> {
  const s = await suggester.suggest(mood, false);
  const first = s.tracks[0];
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: `You seem ${mood}: ${s.row.mood} music?`,
    message: first
      ? `${s.tracks.length} tracks, starting with "${first.name}" by ${first.artists.join(', ')}.`
      : `Searches for ${s.row.genres.concat(s.row.keywords).join(', ')}.`,
  });
  return s;
}

async function onSnapshot(snapshot: MoodSnapshot, suggester: Suggester): Promise<void> {
  const [state, notifyOn, holdSeconds, notifyEveryMinutes] = await Promise.all([
    backgroundState.announce.get(),
    musicSettings.notify.get(),
    musicSettings.holdSeconds.get(),
    musicSettings.notifyEveryMinutes.get(),
  ]);
  const next = autoSuggest(
    snapshot,
    state,
    { notify: notifyOn, holdSeconds, notifyEveryMinutes },
    Date.now(),
  );
  if (next.action.kind === 'none') return;
  await backgroundState.announce.set(next.state);
  // The badge also shows that the camera is on: badge.ts draws both facts from storage.
  await refreshBadge();
  if (next.action.kind === 'clear') return;
  const { mood } = next.action;
  // Fetch ahead, so the popup opens on this mood's music.
  const music = next.action.notify ? await notify(mood, suggester) : await suggester.suggest(mood, false);
  for (const listener of listeners) await listener(mood, music);
}

export function createAnnouncer(suggester: Suggester) {
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL(SUGGESTIONS_PAGE) });
  });
  return {
    /** Calls back with each newly announced mood and its music (the player follows it). */
    onAnnounce(listener: Listener): void {
      listeners.push(listener);
    },
    /** Called after every mood update; updates run one at a time so the badge never flickers back. */
    update(snapshot: MoodSnapshot): void {
      queue = queue
        .then(() => onSnapshot(snapshot, suggester))
        .catch((error) => console.warn('[emotune] auto-suggest:', error));
    },
  };
}

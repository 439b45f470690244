// Auto-suggest while browsing: after every mood update, the pure decision in core/music/auto-suggest
// says whether to set or clear the badge and whether to notify; this file does it. A factory over its
// items and ports (the suggester, the badge, notifications), so it is unit-tested with fakes.
import type { Emotion } from '../../core/emotions';
import { type Message, message } from '../../core/message';
import type { MoodSnapshot } from '../../core/mood';
import { type AnnounceState, autoSuggest } from '../../core/music/auto-suggest';
import type { Suggestions } from '../../core/music/suggestions';
import { createSerial } from '../../core/serial';
import { PAGES } from '../../shared/pages';
import type { StorageItem } from '../../shared/storage-item';
import type { musicSettings } from '../../shared/stores';
import type { Suggester } from './suggester';

export const NOTIFICATION_ID = 'emotune-suggestions';
export const SUGGESTIONS_PAGE = `${PAGES.popup}?view=tab`;

/** The part of browser.notifications the announcer uses. */
export interface Notifications {
  create(
    id: string,
    options: { type: 'basic'; iconUrl: string; title: string; message: string },
  ): Promise<unknown>;
  clear(id: string): Promise<unknown>;
  onClicked: { addListener(listener: (id: string) => void): void };
}

export interface AnnouncerDeps {
  suggester: Pick<Suggester, 'suggest'>;
  items: {
    state: StorageItem<AnnounceState>;
    settings: Pick<typeof musicSettings, 'notify' | 'holdSeconds' | 'notifyEveryMinutes'>;
  };
  /** Redraws the badge from storage (it also shows that the camera is on). */
  badge: () => Promise<void>;
  notifications: Notifications;
  /** Opens an extension page (by its path) in a tab: a click on the notification shows the music. */
  openPage: (path: string) => Promise<unknown>;
  /** The notification's icon, as a full extension URL. */
  iconUrl: string;
  /** Words in the browser's language (shared/i18n's tm). */
  translate: (m: Message) => string;
  now?: () => number;
}

type Listener = (mood: Emotion, music: Suggestions) => Promise<void>;

export function createAnnouncer(deps: AnnouncerDeps) {
  const { suggester, items, now = Date.now } = deps;
  const listeners: Listener[] = [];
  // Updates one at a time, so the badge never flickers back; nobody waits for them, so failures are
  // logged here. No time limit: a suggestion may wait on a slow provider.
  const serial = createSerial({ onError: (error) => console.warn('[emotune] auto-suggest:', error) });

  const notify = async (mood: Emotion): Promise<Suggestions> => {
    const s = await suggester.suggest(mood, false);
    const first = s.tracks[0];
    await deps.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: deps.translate(message('notify_title', { mood: message(`emotion_${mood}`), row: s.row.mood })),
      message: deps.translate(
        first
          ? message('notify_tracks', {
              count: s.tracks.length,
              title: first.name,
              artists: first.artists.join(', '),
            })
          : message('notify_searches', { terms: s.row.genres.concat(s.row.keywords).join(', ') }),
      ),
    });
    return s;
  };

  const onSnapshot = async (snapshot: MoodSnapshot): Promise<void> => {
    const [state, notifyOn, holdSeconds, notifyEveryMinutes] = await Promise.all([
      items.state.get(),
      items.settings.notify.get(),
      items.settings.holdSeconds.get(),
      items.settings.notifyEveryMinutes.get(),
    ]);
    const next = autoSuggest(snapshot, state, { notify: notifyOn, holdSeconds, notifyEveryMinutes }, now());
    if (next.action.kind === 'none') return;
    await items.state.set(next.state);
    // The badge also shows that the camera is on: badge.ts draws both facts from storage.
    await deps.badge();
    if (next.action.kind === 'clear') return;
    const { mood } = next.action;
    // Fetch ahead, so the popup opens on this mood's music.
    const music = next.action.notify ? await notify(mood) : await suggester.suggest(mood, false);
    for (const listener of listeners) await listener(mood, music);
  };

  deps.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void deps.notifications.clear(id);
    void deps.openPage(SUGGESTIONS_PAGE);
  });

  return {
    /** Calls back with each newly announced mood and its music (the player follows it). */
    onAnnounce(listener: Listener): void {
      listeners.push(listener);
    },
    /** Called after every mood update; updates run one at a time so the badge never flickers back. */
    update(snapshot: MoodSnapshot): void {
      void serial(() => onSnapshot(snapshot)).catch(() => undefined);
    },
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;

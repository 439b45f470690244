// Mood -> music, the same for every provider. Reuses a fresh set for the same mood, row and provider;
// otherwise asks the chosen provider for searches drawn from the row and the learned preferences, mixes
// and de-duplicates the results, and caches them per mood. Every failure still gives music: the mood's
// cached tracks or the search links, with a note saying why.
import type { Emotion } from '../../core/emotions';
import { type Message, message, messagesOf } from '../../core/message';
import { type Random, recordFeedback } from '../../core/music/bandit';
import { searchLinks } from '../../core/music/links';
import { type MusicProvider, type ProviderId, providerName } from '../../core/music/provider';
import { rowFor } from '../../core/music/queries';
import { DROPPED_LINKS_NOTE } from '../../core/music/spotify-links';
import { linkSuggestions, type Suggestions, stillFits } from '../../core/music/suggestions';
import { mixTracks } from '../../core/music/tracks';
import { messageError } from '../../shared/english';
import type { StorageItem } from '../../shared/storage-item';
import type { musicSettings } from '../../shared/stores';
import { ProviderError } from './provider-error';
import type { ShownTrack } from './suggester-items';

export const SHOWN = { tracks: 10, recentMs: 6 * 60 * 60_000, recentMax: 300 } as const;
/** The provider that needs no account: where an account-bound provider's refusals fall back to. */
const KEYLESS: ProviderId = 'itunes';

/** What a failure says to the user: its messages, or (an unforeseen error) its own words as they are. */
const reasonOf = (error: unknown): Message[] => [
  ...(messagesOf(error) ?? [message('note_verbatim', { text: (error as Error)?.message ?? String(error) })]),
];

type Base = Pick<Suggestions, 'emotion' | 'source' | 'strategy' | 'row'>;

export interface SuggesterDeps {
  providers: Record<ProviderId, MusicProvider>;
  settings: Pick<typeof musicSettings, 'mapping' | 'strategy' | 'liftRows' | 'preferences' | 'provider'>;
  state: {
    suggestions: StorageItem<Suggestions | null>;
    trackCache: StorageItem<Partial<Record<Emotion, Suggestions>>>;
    recentTracks: StorageItem<ShownTrack[]>;
  };
  random?: Random;
  now?: () => number;
}

export function createSuggester(deps: SuggesterDeps) {
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;
  const inFlight = new Map<string, Promise<Suggestions>>();

  async function show(s: Suggestions): Promise<Suggestions> {
    await deps.state.suggestions.set(s);
    return s;
  }

  async function fromProvider(provider: MusicProvider, base: Base, refresh: boolean): Promise<Suggestions> {
    const prefs = await deps.settings.preferences.get();
    const queries = await provider.queries(base.row, prefs, base.source, random);
    // Playlists are an extra: their failure costs only the playlists.
    const playlists = (provider.playlists?.(base.row) ?? Promise.resolve([])).catch((error: unknown) => {
      console.warn('[emotune] playlists:', error);
      return [];
    });
    const results = await Promise.all(queries.map((q) => provider.search(q, { refresh })));
    const lists = results.map((r) => r.tracks);
    const dropped = results.some((r) => r.dropped > 0);
    const at = now();
    const recent = (await deps.state.recentTracks.get()).filter((t) => at - t.at < SHOWN.recentMs);
    let tracks = mixTracks(lists, new Set(recent.map((t) => t.id)), SHOWN.tracks);
    // Everything found was shown lately: showing it again beats showing nothing.
    if (tracks.length < SHOWN.tracks / 2) tracks = mixTracks(lists, new Set(), SHOWN.tracks);
    if (tracks.length === 0) {
      return linkSuggestions(
        base,
        [message('music_noteNoTracks', { provider: providerName(provider.id) })],
        at,
      );
    }
    await deps.state.recentTracks.set(
      [...recent, ...tracks.map((t) => ({ id: t.id, at }))].slice(-SHOWN.recentMax),
    );
    const s: Suggestions = {
      ...base,
      provider: provider.id,
      queries: queries.map((q) => q.q),
      tracks,
      playlists: await playlists,
      links: searchLinks(base.row),
      origin: 'tracks',
      note: dropped ? [DROPPED_LINKS_NOTE] : null,
      at,
      ratings: {},
    };
    await deps.state.trackCache.set({ ...(await deps.state.trackCache.get()), [base.emotion]: s });
    return s;
  }

  async function suggest(emotion: Emotion, refresh: boolean): Promise<Suggestions> {
    const [mapping, strategy, lift, choice] = await Promise.all([
      deps.settings.mapping.get(),
      deps.settings.strategy.get(),
      deps.settings.liftRows.get(),
      deps.settings.provider.get(),
    ]);
    const { source, row } = rowFor(emotion, mapping, strategy, lift);
    const base = { emotion, source, strategy, row };
    if (choice === 'links') return show(linkSuggestions(base, null, now()));
    const provider = deps.providers[choice];
    const availability = await provider.availability();
    if (!availability.ready) return show(linkSuggestions(base, availability.reason, now()));
    const want = { ...base, provider: provider.id };
    const current = await deps.state.suggestions.get();
    if (!refresh && current?.origin === 'tracks' && stillFits(current, want, now())) return current;
    const cached = (await deps.state.trackCache.get())[emotion];
    if (!refresh && stillFits(cached ?? null, want, now())) return show(cached as Suggestions);
    try {
      return await show(await fromProvider(provider, base, refresh));
    } catch (error) {
      let reason = reasonOf(error);
      let offer: { offer?: ProviderId } = {};
      if (error instanceof ProviderError && error.kind === 'sign-in') {
        return show(linkSuggestions(base, [...reason, message('music_noteMeanwhile')], now()));
      }
      // This account cannot use the provider (Spotify's 2026 rules): the keyless catalogue answers if
      // the user allowed it; else the note says where to turn it on.
      if (error instanceof ProviderError && error.kind === 'unavailable' && provider.id !== KEYLESS) {
        const keyless = deps.providers[KEYLESS];
        if ((await keyless.availability()).ready) {
          try {
            const s = await fromProvider(keyless, base, refresh);
            const instead = message('music_noteInstead', { provider: providerName(KEYLESS) });
            return show({ ...s, note: [...reason, instead] });
          } catch (keylessError) {
            reason = [...reason, ...reasonOf(keylessError)];
          }
        } else {
          reason = [...reason, message('music_noteNoAccount', { provider: providerName(KEYLESS) })];
          offer = { offer: KEYLESS };
        }
      }
      // Offline, rate-limited, the service down or a malformed answer: the mood's last tracks, else links.
      if (cached && cached.source === source) {
        const when = new Date(cached.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
        return show({
          ...cached,
          ...offer,
          origin: 'cache',
          note: [...reason, message('music_noteCachedAt', { time: when })],
        });
      }
      const searches = linkSuggestions(base, [...reason, message('music_noteSearches')], now());
      return show({ ...searches, ...offer });
    }
  }

  return {
    /** Suggestions for the mood; concurrent asks for the same mood share one search. */
    suggest(emotion: Emotion, refresh: boolean): Promise<Suggestions> {
      const key = `${emotion}:${refresh}`;
      const running = inFlight.get(key);
      if (running) return running;
      const next = suggest(emotion, refresh).finally(() => inFlight.delete(key));
      inFlight.set(key, next);
      return next;
    },

    /** A thumb on a shown track: teaches the bandit about the terms that found it. */
    async feedback(trackId: string, liked: boolean): Promise<void> {
      // Through update: two thumbs in quick succession are both kept and both teach the preferences.
      const rated: { source: Suggestions['source']; terms: string[] }[] = [];
      await deps.state.suggestions.update((s) => {
        const track = s?.tracks.find((t) => t.id === trackId);
        if (!s || !track) throw messageError(message('music_trackGone'));
        if (Object.hasOwn(s.ratings, trackId)) return s;
        rated.push({ source: s.source, terms: track.terms });
        return { ...s, ratings: { ...s.ratings, [trackId]: liked } };
      });
      for (const { source, terms } of rated)
        await deps.settings.preferences.update((prefs) => recordFeedback(prefs, source, terms, liked));
    },
  };
}

export type Suggester = ReturnType<typeof createSuggester>;

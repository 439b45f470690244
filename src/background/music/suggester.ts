// Mood -> music. Reuses a fresh set for the same mood and row; otherwise searches Spotify with queries
// drawn from the row and the learned preferences, mixes and de-duplicates the results, and caches them
// per mood. Every failure still gives music: the mood's cached tracks or the search links, with a note.
import type { Emotion } from '../../core/emotions';
import { type Random, recordFeedback } from '../../core/music/bandit';
import { searchLinks } from '../../core/music/links';
import { artistQueries, PERSONAL_SCOPE, parseTopArtists, type TopArtist } from '../../core/music/personal';
import { buildQueries, rowFor } from '../../core/music/queries';
import { DROPPED_LINKS_NOTE } from '../../core/music/spotify-links';
import { linkSuggestions, type Suggestions, stillFits } from '../../core/music/suggestions';
import { mixTracks, parseSearchChecked } from '../../core/music/tracks';
import type { musicSettings, musicState } from '../../shared/stores';
import { type SpotifyApi, SpotifyError } from '../spotify/api';

export const SHOWN = { tracks: 10, perQuery: 10, recentMs: 6 * 60 * 60_000, recentMax: 300 } as const;
const TOP_ARTISTS_TTL_MS = 24 * 60 * 60_000;

export interface SuggesterDeps {
  api: SpotifyApi;
  settings: Pick<
    typeof musicSettings,
    'mapping' | 'strategy' | 'liftRows' | 'preferences' | 'clientId' | 'personalise'
  >;
  state: Pick<typeof musicState, 'session' | 'suggestions' | 'trackCache' | 'recentTracks' | 'topArtists'>;
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

  /** The user's top artists when "personalise" is on and was granted; a failure only loses the extra. */
  async function topArtists(): Promise<TopArtist[]> {
    const session = await deps.state.session.get();
    if (!(await deps.settings.personalise.get()) || !session?.scope.split(' ').includes(PERSONAL_SCOPE))
      return [];
    const cached = await deps.state.topArtists.get();
    if (cached && now() - cached.at < TOP_ARTISTS_TTL_MS) return cached.artists;
    try {
      const artists = parseTopArtists(await deps.api.topArtists());
      // Signed out (or another account) while the call was out: nothing of that session comes back.
      if ((await deps.state.session.get())?.refreshToken !== session.refreshToken) return [];
      await deps.state.topArtists.set({ artists, at: now() });
      return artists;
    } catch (error) {
      console.warn('[emotune] top artists:', error);
      return cached?.artists ?? [];
    }
  }

  async function fromSpotify(
    base: Omit<Suggestions, 'queries' | 'tracks' | 'links' | 'origin' | 'note' | 'at' | 'ratings'>,
    refresh: boolean,
  ) {
    const prefs = await deps.settings.preferences.get();
    const queries = [
      ...artistQueries(base.row, await topArtists()),
      ...buildQueries(base.row, prefs, base.source, random),
    ];
    // A refresh pages further into the results, so that it brings different music.
    const offset = refresh ? (1 + Math.floor(random() * 4)) * SHOWN.perQuery : 0;
    const bodies = await Promise.all(
      queries.map((q) => deps.api.search(q.q, { limit: SHOWN.perQuery, offset })),
    );
    const parsed = bodies.map((body, i) => parseSearchChecked(body, queries[i]?.terms ?? []));
    const lists = parsed.map((p) => p.tracks);
    const dropped = parsed.some((p) => p.dropped > 0);
    const at = now();
    const recent = (await deps.state.recentTracks.get()).filter((t) => at - t.at < SHOWN.recentMs);
    let tracks = mixTracks(lists, new Set(recent.map((t) => t.id)), SHOWN.tracks);
    // Everything found was shown lately: showing it again beats showing nothing.
    if (tracks.length < SHOWN.tracks / 2) tracks = mixTracks(lists, new Set(), SHOWN.tracks);
    if (tracks.length === 0) {
      return linkSuggestions(
        base,
        'Spotify found no tracks for these words: try other genres or keywords.',
        at,
      );
    }
    await deps.state.recentTracks.set(
      [...recent, ...tracks.map((t) => ({ id: t.id, at }))].slice(-SHOWN.recentMax),
    );
    const s: Suggestions = {
      ...base,
      queries: queries.map((q) => q.q),
      tracks,
      links: searchLinks(base.row),
      origin: 'spotify',
      note: dropped ? DROPPED_LINKS_NOTE : null,
      at,
      ratings: {},
    };
    await deps.state.trackCache.set({ ...(await deps.state.trackCache.get()), [base.emotion]: s });
    return s;
  }

  async function suggest(emotion: Emotion, refresh: boolean): Promise<Suggestions> {
    const [mapping, strategy, lift] = await Promise.all([
      deps.settings.mapping.get(),
      deps.settings.strategy.get(),
      deps.settings.liftRows.get(),
    ]);
    const { source, row } = rowFor(emotion, mapping, strategy, lift);
    const base = { emotion, source, strategy, row };
    const signedIn = (await deps.settings.clientId.get()) !== '' && (await deps.state.session.get()) !== null;
    if (!signedIn) return show(linkSuggestions(base, null, now()));
    const current = await deps.state.suggestions.get();
    if (!refresh && current?.origin === 'spotify' && stillFits(current, base, now())) return current;
    const cached = (await deps.state.trackCache.get())[emotion];
    if (!refresh && stillFits(cached ?? null, base, now())) return show(cached as Suggestions);
    try {
      return await show(await fromSpotify(base, refresh));
    } catch (error) {
      const reason = (error as Error).message;
      if (error instanceof SpotifyError && error.kind === 'sign-in') {
        return show(linkSuggestions(base, `${reason} Meanwhile, here are searches.`, now()));
      }
      // Offline, rate-limited, Spotify down or a malformed answer: the mood's last tracks, else links.
      if (cached && cached.source === source) {
        const when = new Date(cached.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
        return show({ ...cached, origin: 'cache', note: `${reason} Showing the tracks found at ${when}.` });
      }
      return show(linkSuggestions(base, `${reason} Showing searches instead.`, now()));
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
      const s = await deps.state.suggestions.get();
      const track = s?.tracks.find((t) => t.id === trackId);
      if (!s || !track) throw new Error('That track is no longer on show.');
      if (Object.hasOwn(s.ratings, trackId)) return;
      const prefs = await deps.settings.preferences.get();
      await deps.settings.preferences.set(recordFeedback(prefs, s.source, track.terms, liked));
      await deps.state.suggestions.set({ ...s, ratings: { ...s.ratings, [trackId]: liked } });
    },
  };
}

export type Suggester = ReturnType<typeof createSuggester>;

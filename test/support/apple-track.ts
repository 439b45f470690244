import type { Track } from '../../src/core/music/tracks';

/** A track as Apple's provider returns it, with a preview unless `preview` is false. */
export const appleTrack = (id: string, preview = true): Track => ({
  id: `itunes:${id}`,
  name: `Song ${id}`,
  artists: ['Artist'],
  uri: null,
  url: `https://music.apple.com/${id}`,
  image: null,
  preview: preview ? `https://audio.example/${id}.m4a` : null,
  terms: ['pop'],
});

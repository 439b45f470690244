// The suggester's set on show: the background writes it, the popup watches it.
import {
  cleanSuggestions,
  migrateSuggestionsV2,
  migrateSuggestionsV3,
  type Suggestions,
} from '../core/music/suggestions';
import type { ItemDefinition } from './storage-item';

/** The suggestions on show (local, so the popup has music at once when it opens). */
export const suggestionsDef: ItemDefinition<Suggestions | null> = {
  key: 'suggestions',
  area: 'local',
  version: 3,
  defaultValue: null,
  validate: (v) => (v === null ? null : cleanSuggestions(v)),
  migrations: { 2: migrateSuggestionsV2, 3: migrateSuggestionsV3 },
};

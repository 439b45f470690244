import { describe, expect, it } from 'vitest';
import { badgeFor, CAMERA_ON_COLOR } from '../../../src/core/badge';
import { englishText } from '../../../src/shared/english';

describe('the toolbar badge', () => {
  it.each([
    [{ cameraOn: false, announced: null }, '', 'Emotune'],
    [{ cameraOn: true, announced: null }, 'on', 'Emotune (camera on)'],
    [{ cameraOn: true, announced: 'happy' as const }, '😄', 'Emotune: you seem happy (camera on)'],
    [{ cameraOn: false, announced: 'sad' as const }, '😢', 'Emotune: you seem sad'],
  ])('%o -> %s, %s', (facts, text, title) => {
    const badge = badgeFor(facts);
    // Keys of the catalogue, read here in its English.
    expect(typeof badge.text === 'string' ? badge.text : englishText(badge.text)).toBe(text);
    expect(englishText(badge.title)).toBe(title);
    expect(badge.color === CAMERA_ON_COLOR).toBe(facts.cameraOn);
  });
});

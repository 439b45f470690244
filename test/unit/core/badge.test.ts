import { describe, expect, it } from 'vitest';
import { badgeFor, CAMERA_ON_COLOR } from '../../../src/core/badge';

describe('the toolbar badge', () => {
  it.each([
    [{ cameraOn: false, announced: null }, '', 'Emotune'],
    [{ cameraOn: true, announced: null }, 'on', 'Emotune (camera on)'],
    [{ cameraOn: true, announced: 'happy' as const }, '😄', 'Emotune: you seem happy (camera on)'],
  ])('%o -> %s, %s', (facts, text, title) => {
    const badge = badgeFor(facts);
    expect(badge.text).toBe(text);
    expect(badge.title).toBe(title);
    expect(badge.color === CAMERA_ON_COLOR).toBe(facts.cameraOn);
  });
});

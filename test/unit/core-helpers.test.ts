import { describe, expect, it } from 'vitest';
import { pickBackend } from '../../src/core/backend-choice';
import { cameraStateForError } from '../../src/core/camera-status';
import { EMOTIONS, scoresFromOutput, softmax, topEmotion } from '../../src/core/emotions';
import { largestBox, squareCrop } from '../../src/core/face-box';
import { isTooDark, meanLuma } from '../../src/core/frame-quality';
import { smoothScores } from '../../src/core/smoothing';
import { statusText } from '../../src/core/status-text';

describe('emotions', () => {
  it('maps outputs by the model label order, not by a fixed order', () => {
    const labels = ['happy', 'sad', 'angry', 'disgust', 'fear', 'surprise', 'neutral'] as const;
    const s = scoresFromOutput([...labels], [0.7, 0.1, 0.05, 0.05, 0.04, 0.03, 0.03]);
    expect(s.happy).toBe(0.7);
    expect(s.sad).toBe(0.1);
    expect(topEmotion(s)).toBe('happy');
  });
  it('rejects an output of the wrong length', () => {
    expect(() => scoresFromOutput([...EMOTIONS], [1, 2])).toThrow(/2 outputs for 7 labels/);
  });
  it('softmax is stable for large logits', () => {
    const p = softmax([1000, 1000, 999]);
    expect(p.reduce((a, b) => a + b)).toBeCloseTo(1);
    expect(p[0]).toBeCloseTo(p[1] ?? 0);
  });
});

describe('smoothing', () => {
  it('is the new reading the first time, a weighted mean after', () => {
    const a = scoresFromOutput([...EMOTIONS], [1, 0, 0, 0, 0, 0, 0]);
    const b = scoresFromOutput([...EMOTIONS], [0, 0, 0, 1, 0, 0, 0]);
    expect(smoothScores(null, a, 0.3)).toEqual(a);
    const m = smoothScores(a, b, 0.25);
    expect(m.angry).toBeCloseTo(0.75);
    expect(m.happy).toBeCloseTo(0.25);
  });
});

describe('face boxes', () => {
  it('the largest face wins', () => {
    const faces = [
      { box: { x: 0, y: 0, width: 10, height: 10 }, id: 'a' },
      { box: { x: 50, y: 50, width: 40, height: 30 }, id: 'b' },
    ];
    expect(largestBox(faces)?.id).toBe('b');
    expect(largestBox([])).toBeNull();
  });
  it.each([
    [{ x: 100, y: 100, width: 100, height: 80 }, 0.2, { x: 80, y: 70, width: 140, height: 140 }],
    [{ x: 0, y: 0, width: 100, height: 100 }, 0.2, { x: 0, y: 0, width: 140, height: 140 }],
    [{ x: 600, y: 400, width: 60, height: 60 }, 0, { x: 580, y: 400, width: 60, height: 60 }],
    [{ x: 0, y: 0, width: 600, height: 600 }, 0.5, { x: 60, y: 0, width: 480, height: 480 }],
  ])('square crop of %o with margin %f in 640x480 is %o', (box, margin, want) => {
    const got = squareCrop(box, margin, 640, 480);
    expect(got.x).toBeCloseTo(want.x);
    expect(got.y).toBeCloseTo(want.y);
    expect(got.width).toBeCloseTo(want.width);
    expect(got.height).toBeCloseTo(want.height);
  });
});

describe('frame quality', () => {
  const rgba = (v: number, n = 16) =>
    Uint8ClampedArray.from({ length: n * 4 }, (_, i) => (i % 4 === 3 ? 255 : v));
  it.each([
    [0, true],
    [20, true],
    [29, true],
    [30, false],
    [128, false],
  ])('grey %i is too dark: %s', (v, dark) => {
    expect(meanLuma(rgba(v))).toBeCloseTo(v);
    expect(isTooDark(meanLuma(rgba(v)))).toBe(dark);
  });
  it('weights green most, blue least (BT.601)', () => {
    expect(meanLuma([0, 255, 0, 255])).toBeGreaterThan(meanLuma([255, 0, 0, 255]));
    expect(meanLuma([255, 0, 0, 255])).toBeGreaterThan(meanLuma([0, 0, 255, 255]));
    expect(meanLuma([])).toBe(0);
  });
});

describe('backend choice', () => {
  it.each([
    ['auto', 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', 'wasm'],
    ['auto', 'llvmpipe (LLVM 15.0.6, 256 bits)', 'wasm'],
    ['auto', 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', 'webgl'],
    ['auto', null, 'wasm'],
    ['webgl', 'SwiftShader', 'webgl'],
    ['wasm', 'NVIDIA', 'wasm'],
  ] as const)('%s with renderer %s -> %s', (pref, renderer, want) => {
    expect(pickBackend(pref, renderer)).toBe(want);
  });
});

describe('camera errors', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'error'],
  ])('%s -> %s', (name, state) => expect(cameraStateForError(name)).toBe(state));
});

describe('status text', () => {
  it('says nothing when all is well and something actionable otherwise', () => {
    expect(statusText('ok', null)).toBeNull();
    expect(statusText('no-face', null)).toMatch(/No face/);
    expect(statusText('error', 'model 404')).toBe('Something went wrong: model 404');
  });
});

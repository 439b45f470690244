import { describe, expect, it } from 'vitest';
import { pickBackend } from '../../../src/core/backend-choice';

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

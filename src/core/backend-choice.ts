export type BackendName = 'webgl' | 'wasm';

/**
 * `auto` is wasm everywhere for now. The extension's webgl path reads the smiling fixture as angry on
 * SwiftShader while the same models on webgl agree with wasm in a plain page (docs/performance.md,
 * "WebGL"), so the fault is in our webgl path, not in the rasteriser, and no real GPU has checked it.
 * A mood read wrong costs more than the milliseconds webgl would save; webgl stays a choice in the
 * settings for those who pick it.
 */
export function pickBackend(preference: 'auto' | BackendName): BackendName {
  return preference === 'auto' ? 'wasm' : preference;
}

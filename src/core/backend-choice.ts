export type BackendName = 'webgl' | 'wasm';

/**
 * webgl only pays off on a real GPU. On a software rasteriser (SwiftShader, llvmpipe: headless, VMs,
 * blocklisted drivers) tfjs-webgl is 5-10x slower than wasm, so `auto` falls back to wasm there.
 */
export function pickBackend(preference: 'auto' | BackendName, glRenderer: string | null): BackendName {
  if (preference !== 'auto') return preference;
  if (!glRenderer) return 'wasm';
  return /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i.test(glRenderer)
    ? 'wasm'
    : 'webgl';
}

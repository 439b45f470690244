export type BackendName = 'webgl' | 'wasm';

/**
 * webgl only pays on a real GPU: on a software rasteriser (SwiftShader, llvmpipe: headless, VMs,
 * blocklisted drivers) tfjs-webgl is 5-10x slower than wasm, so `auto` takes wasm there. Whichever is
 * picked, a backend other than wasm must read the probe face as wasm did before it reads moods
 * (src/capture/backend-check.ts), else the camera page falls back to wasm and says so.
 */
export function pickBackend(preference: 'auto' | BackendName, glRenderer: string | null): BackendName {
  if (preference !== 'auto') return preference;
  if (!glRenderer) return 'wasm';
  return /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i.test(glRenderer)
    ? 'wasm'
    : 'webgl';
}

// Before a backend other than wasm reads moods, it reads the probe face (models/probe) through the whole
// pipeline, detector first and then the crop and the classifier, in the order the camera's frames run
// them: the webgl fault this guards against only showed when a shader compiled for the detector was
// reused by the classifier (docs/performance.md, fourth round). The verdict is judged in core/probe.ts.
import type { Scores } from '../core/emotions';
import { judgeProbe, type ProbeManifest, type ProbeVerdict, parseProbeManifest } from '../core/probe';
import type { EmotionClassifier } from './classifier';
import type { FaceDetector } from './face-detector';
import { createPipeline } from './pipeline';

/** The probe's manifest and its picture, decoded. `probeBaseUrl` is the folder of both. */
export async function loadProbe(
  probeBaseUrl: string,
): Promise<{ probe: ProbeManifest; picture: ImageBitmap }> {
  const url = new URL('manifest.json', probeBaseUrl).href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`probe manifest ${url}: HTTP ${response.status}`);
  const probe = parseProbeManifest(await response.json());
  const frameUrl = new URL(probe.frame, url).href;
  const frame = await fetch(frameUrl);
  if (!frame.ok) throw new Error(`probe picture ${frameUrl}: HTTP ${frame.status}`);
  // Not an <img>: its decode() never settles in Chrome's offscreen document, which renders nothing. No
  // colour conversion: the pixels as stored, the same in every browser.
  return {
    probe,
    picture: await createImageBitmap(await frame.blob(), { colorSpaceConversion: 'none' }),
  };
}

/** The probe face's scores through a pipeline of its own (the probe must not become the camera's last face). */
export async function probeScores(
  detector: FaceDetector,
  classifier: EmotionClassifier,
  picture: ImageBitmap,
): Promise<Scores | null> {
  const reading = await createPipeline(detector, classifier).analyse(picture);
  return reading.kind === 'face' ? reading.scores : null;
}

/** The check: `modelId` picks the reference the classifier's reading is judged against. */
export async function checkBackend(
  detector: FaceDetector,
  classifier: EmotionClassifier,
  modelId: string,
  probeBaseUrl: string,
): Promise<ProbeVerdict> {
  const { probe, picture } = await loadProbe(probeBaseUrl);
  try {
    const expected = probe.expected[modelId];
    return judgeProbe(expected, expected ? await probeScores(detector, classifier, picture) : null);
  } finally {
    picture.close();
  }
}

/** The WebGL renderer's name, so that `auto` can tell a real GPU from a software rasteriser. */
export function glRenderer(): string | null {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  // Given back at once: browsers cap the live GL contexts a page may hold.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

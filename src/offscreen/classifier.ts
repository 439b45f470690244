// The emotion model behind a tiny interface. Everything model-specific comes from its manifest.
import * as tfc from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { applyOffsets } from '../core/calibration';
import { type Scores, scoresFromOutput, softmax } from '../core/emotions';
import type { Box } from '../core/face-box';
import { type ModelManifest, parseModelManifest } from '../core/model-manifest';
import { missingKernels } from '../core/model-ops';
import { preprocessFace } from './preprocess';

/** A face to classify: the frame it is in (HxWxC, 0-255) and the square crop around it. */
export interface FaceCrop {
  frame: tf.Tensor3D;
  box: Box;
}

export interface EmotionClassifier {
  readonly manifest: ModelManifest;
  load(): Promise<void>;
  classify(face: FaceCrop): Promise<Scores>;
  dispose(): void;
}

type FetchLike = (url: string) => Promise<Response>;

/** The op names of a graph model's topology (model.json's `modelTopology.node[].op`). */
function graphOps(topology: unknown): string[] {
  const nodes = (topology as { node?: unknown } | undefined)?.node;
  if (!Array.isArray(nodes)) throw new Error('model.json has no graph nodes: not a tfjs graph model');
  return nodes.map((n: { op?: unknown }) => String(n.op));
}

/**
 * A classifier for the tfjs graph model described by the manifest at `manifestUrl`. `fetchFn` lets Node
 * (eval, tests) read the same files from disk; the browser uses its own fetch on the extension's URL.
 */
export function createClassifier(
  manifestUrl: string,
  fetchFn: FetchLike = (u) => fetch(u),
): EmotionClassifier {
  let manifest: ModelManifest | null = null;
  let model: tfc.GraphModel | null = null;
  const need = () => {
    if (!manifest || !model) throw new Error('classifier used before load()');
    return { manifest, model };
  };
  return {
    get manifest() {
      return need().manifest;
    },
    async load() {
      if (model) return;
      const response = await fetchFn(manifestUrl);
      if (!response.ok) throw new Error(`model manifest ${manifestUrl}: HTTP ${response.status}`);
      const parsed = parseModelManifest(await response.json());
      const modelUrl = new URL(parsed.modelFile, manifestUrl).href;
      const fetchFunc = (input: RequestInfo | URL) =>
        fetchFn(input instanceof Request ? input.url : String(input));
      const artifacts = await tf.io.http(modelUrl, { fetchFunc: fetchFunc as typeof fetch }).load?.();
      if (!artifacts) throw new Error(`model ${parsed.id}: ${parsed.modelFile} could not be read`);
      // Fail now, with the ops named, if this backend cannot run the graph (not on the first face).
      const kernels = tf.getKernelsForBackend(tf.getBackend()).map((k) => k.kernelName);
      const missing = missingKernels(graphOps(artifacts.modelTopology), kernels);
      if (missing.length > 0)
        throw new Error(
          `model ${parsed.id} cannot run on the ${tf.getBackend()} backend: no kernel for ${missing.join(', ')}`,
        );
      model = await tfc.loadGraphModel(tf.io.fromMemory(artifacts));
      manifest = parsed;
      // The first run compiles kernels (and shaders on webgl): pay that now, not on the first face.
      tf.tidy(() => {
        const s = parsed.input.size;
        model?.execute(tf.zeros([1, s, s, parsed.input.channels]));
      });
    },
    async classify(face) {
      const { manifest: m, model: g } = need();
      const output = tf.tidy(() => {
        const input = preprocessFace(face.frame, face.box, m.input);
        // Mirror image in the same batch: one model call for both.
        const batch = m.flipTta ? tf.concat([input, tf.reverse(input, 2)]) : input;
        return g.execute(batch) as tf.Tensor;
      });
      const values = await output.data();
      output.dispose();
      const rows = m.flipTta ? [values.slice(0, m.labels.length), values.slice(m.labels.length)] : [values];
      const probabilities = rows
        .map((row) => (m.output === 'logits' ? softmax(row) : Array.from(row)))
        .reduce(
          (sum, row) => sum.map((v, i) => v + (row[i] ?? 0) / rows.length),
          new Array(m.labels.length).fill(0),
        );
      return applyOffsets(scoresFromOutput(m.labels, probabilities), m.classBias);
    },
    dispose() {
      model?.dispose();
      model = null;
    },
  };
}

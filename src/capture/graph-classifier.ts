// One tfjs graph model described by its manifest: load (with the ops check and a warm-up), classify a
// face crop (with flip averaging and class offsets when the manifest asks), dispose.
import * as tfc from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { applyOffsets } from '../core/calibration';
import { type Scores, scoresFromOutput } from '../core/emotions';
import type { ModelManifest } from '../core/model-manifest';
import { missingKernels } from '../core/model-ops';
import type { FaceCrop, FetchLike } from './face-crop';
import { preprocessFace } from './preprocess';

/** The op names of a graph model's topology (model.json's `modelTopology.node[].op`). */
function graphOps(topology: unknown): string[] {
  const nodes = (topology as { node?: unknown } | undefined)?.node;
  if (!Array.isArray(nodes)) throw new Error('model.json has no graph nodes: not a tfjs graph model');
  return nodes.map((n: { op?: unknown }) => String(n.op));
}

export interface LoadedGraph {
  classify(face: FaceCrop): Promise<Scores>;
  dispose(): void;
}

/** Model inputs of one frame by input spec: members that take the same input share one crop. */
export type InputCache = Map<string, tf.Tensor4D>;

/** A graph model whose probabilities stay on the backend, so that an ensemble reads all members at once. */
export interface LoadedMember extends LoadedGraph {
  readonly manifest: ModelManifest;
  /** 1 x labels probabilities (flip-averaged), in the manifest's label order. Call inside a tf.tidy. */
  probabilities(face: FaceCrop, inputs: InputCache): tf.Tensor2D;
}

/** `raw`: leave out the manifest's classBias (an ensemble applies its own offsets to its members' outputs). */
export async function loadGraphClassifier(
  m: ModelManifest,
  manifestUrl: string,
  fetchFn: FetchLike,
  raw = false,
): Promise<LoadedMember> {
  const modelUrl = new URL(m.modelFile, manifestUrl).href;
  const fetchFunc = (input: RequestInfo | URL) =>
    fetchFn(input instanceof Request ? input.url : String(input));
  const artifacts = await tf.io.http(modelUrl, { fetchFunc: fetchFunc as typeof fetch }).load?.();
  if (!artifacts) throw new Error(`model ${m.id}: ${m.modelFile} could not be read`);
  // Fail now, with the ops named, if this backend cannot run the graph (not on the first face).
  const kernels = tf.getKernelsForBackend(tf.getBackend()).map((k) => k.kernelName);
  const missing = missingKernels(graphOps(artifacts.modelTopology), kernels);
  if (missing.length > 0)
    throw new Error(
      `model ${m.id} cannot run on the ${tf.getBackend()} backend: no kernel for ${missing.join(', ')}`,
    );
  const model = await tfc.loadGraphModel(tf.io.fromMemory(artifacts));
  // The first run compiles kernels (and shaders on webgl): pay that now, not on the first face.
  tf.tidy(() => {
    model.execute(tf.zeros([1, m.input.size, m.input.size, m.input.channels]));
  });
  const probabilities = (face: FaceCrop, inputs: InputCache): tf.Tensor2D => {
    const key = JSON.stringify(m.input);
    let input = inputs.get(key);
    if (!input) {
      input = preprocessFace(face.frame, face.box, m.input);
      inputs.set(key, input);
    }
    // Mirror image in the same batch: one model call for both.
    const batch = m.flipTta ? tf.concat([input, tf.image.flipLeftRight(input)]) : input;
    const output = model.execute(batch) as tf.Tensor2D;
    const rows = m.output === 'logits' ? tf.softmax(output) : output;
    return tf.mean(rows, 0, true) as tf.Tensor2D;
  };
  return {
    manifest: m,
    probabilities,
    async classify(face) {
      const output = tf.tidy(() => probabilities(face, new Map()));
      const values = await output.data();
      output.dispose();
      const scores = scoresFromOutput(m.labels, values);
      return raw ? scores : applyOffsets(scores, m.classBias);
    },
    dispose() {
      model.dispose();
    },
  };
}

// One tfjs graph model described by its manifest: load (with the ops check and a warm-up), classify a
// face crop (with flip averaging and class offsets when the manifest asks), dispose.
import * as tfc from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { applyOffsets } from '../core/calibration';
import { type Scores, scoresFromOutput, softmax } from '../core/emotions';
import type { ModelManifest } from '../core/model-manifest';
import { missingKernels } from '../core/model-ops';
import type { FaceCrop, FetchLike } from './classifier';
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

/** `raw`: leave out the manifest's classBias (an ensemble applies its own offsets to its members' outputs). */
export async function loadGraphClassifier(
  m: ModelManifest,
  manifestUrl: string,
  fetchFn: FetchLike,
  raw = false,
): Promise<LoadedGraph> {
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
  return {
    async classify(face) {
      const output = tf.tidy(() => {
        const input = preprocessFace(face.frame, face.box, m.input);
        // Mirror image in the same batch: one model call for both.
        const batch = m.flipTta ? tf.concat([input, tf.reverse(input, 2)]) : input;
        return model.execute(batch) as tf.Tensor;
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
      const scores = scoresFromOutput(m.labels, probabilities);
      return raw ? scores : applyOffsets(scores, m.classBias);
    },
    dispose() {
      model.dispose();
    },
  };
}

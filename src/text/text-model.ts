// The text mood model behind a tiny interface: load (with the ops check and a warm-up), read a line of
// text -> scores by emotion, dispose. Tokenisation is the shared pure core (src/core/text-tokens.ts, with
// its Python twin in lab/). The text goes into the model and nowhere else.
import * as tfc from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { type Scores, scoresFromOutput } from '../core/emotions';
import { missingKernels } from '../core/model-ops';
import { parseTextModelManifest, type TextModelManifest } from '../core/text-model-manifest';
import { tokenIds } from '../core/text-tokens';

export type FetchLike = (url: string) => Promise<Response>;

export interface TextMoodModel {
  readonly manifest: TextModelManifest;
  read(text: string): Promise<Scores>;
  dispose(): void;
}

/** Loads on the active tfjs backend (the caller chooses it: cpu in the popup, wasm in Node's benchmark). */
export async function loadTextModel(manifestUrl: string, fetchFn: FetchLike): Promise<TextMoodModel> {
  const response = await fetchFn(manifestUrl);
  if (!response.ok) throw new Error(`text model manifest ${manifestUrl}: HTTP ${response.status}`);
  const m = parseTextModelManifest(await response.json());
  const modelUrl = new URL(m.modelFile, manifestUrl).href;
  const fetchFunc = (input: RequestInfo | URL) =>
    fetchFn(input instanceof Request ? input.url : String(input));
  const artifacts = await tf.io.http(modelUrl, { fetchFunc: fetchFunc as typeof fetch }).load?.();
  if (!artifacts) throw new Error(`model ${m.id}: ${m.modelFile} could not be read`);
  const nodes = (artifacts.modelTopology as { node?: { op?: unknown }[] } | undefined)?.node ?? [];
  const kernels = tf.getKernelsForBackend(tf.getBackend()).map((k) => k.kernelName);
  const missing = missingKernels(
    nodes.map((n) => String(n.op)),
    kernels,
  );
  if (missing.length > 0)
    throw new Error(`model ${m.id} cannot run on ${tf.getBackend()}: no kernel for ${missing.join(', ')}`);
  const model = await tfc.loadGraphModel(tf.io.fromMemory(artifacts));

  const run = async (text: string) => {
    const output = tf.tidy(() => model.execute(tf.tensor1d(tokenIds(text, m.tokenizer.buckets), 'int32')));
    const values = await (output as tf.Tensor).data();
    (output as tf.Tensor).dispose();
    return scoresFromOutput(m.labels, values);
  };
  // The first run compiles the kernels: pay that now, not on the user's first line.
  await run('');
  return { manifest: m, read: run, dispose: () => model.dispose() };
}

// The emotion model behind a tiny interface. Everything model-specific comes from its manifest: a tfjs
// graph model (graph-classifier.ts), or an ensemble of shipped graph models whose manifest names the
// members and their weights (src/core/ensemble.ts).
import * as tf from '@tensorflow/tfjs-core';
import { type Scores, scoresFromOutput } from '../core/emotions';
import { combineMembers, type EnsembleManifest, parseEnsembleManifest } from '../core/ensemble';
import { type ModelManifest, parseModelManifest } from '../core/model-manifest';
import type { FaceCrop, FetchLike } from './face-crop';
import {
  type InputCache,
  type LoadedGraph,
  type LoadedMember,
  loadGraphClassifier,
} from './graph-classifier';

export type ClassifierManifest = ModelManifest | EnsembleManifest;

export interface EmotionClassifier {
  readonly manifest: ClassifierManifest;
  load(): Promise<void>;
  classify(face: FaceCrop): Promise<Scores>;
  dispose(): void;
}

async function readManifest(url: string, fetchFn: FetchLike): Promise<unknown> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`model manifest ${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Members are model folders beside the ensemble's own; each runs raw (its own offsets left out), the
 * ensemble adds its offsets. Any number of members, with any inputs and label orders.
 */
async function loadEnsemble(
  m: EnsembleManifest,
  manifestUrl: string,
  fetchFn: FetchLike,
  raw: boolean,
): Promise<LoadedGraph> {
  const members: LoadedMember[] = [];
  try {
    for (const member of m.members) {
      const url = new URL(`../${member.id}/manifest.json`, manifestUrl).href;
      const parsed = parseModelManifest(await readManifest(url, fetchFn));
      members.push(await loadGraphClassifier(parsed, url, fetchFn, true));
    }
  } catch (error) {
    for (const loaded of members) loaded.dispose();
    throw error;
  }
  const weights = m.members.map((member) => member.weight);
  return {
    async classify(face) {
      // Every member on the backend in one pass (members with the same input share one crop), then ONE
      // read of all their probabilities: a read waits for the backend, once per frame is enough.
      const all = tf.tidy(() => {
        const inputs: InputCache = new Map();
        return tf.concat(
          members.map((member) => member.probabilities(face, inputs)),
          1,
        );
      });
      const values = await all.data();
      all.dispose();
      let at = 0;
      const outputs = members.map((member) => {
        const n = member.manifest.labels.length;
        at += n;
        return scoresFromOutput(member.manifest.labels, values.subarray(at - n, at));
      });
      return combineMembers(outputs, weights, raw ? undefined : m.classBias);
    },
    dispose() {
      for (const member of members) member.dispose();
    },
  };
}

/**
 * A classifier for the model described by the manifest at `manifestUrl`. `fetchFn` lets Node (eval,
 * tests) read the same files from disk; the browser uses its own fetch on the extension's URL. `raw`
 * leaves out the manifest's class offsets (the lab fits an ensemble on its members' raw outputs).
 */
export function createClassifier(
  manifestUrl: string,
  fetchFn: FetchLike = (u) => fetch(u),
  opts: { raw?: boolean } = {},
): EmotionClassifier {
  const raw = opts.raw ?? false;
  let loaded: { manifest: ClassifierManifest; model: LoadedGraph } | null = null;
  const need = () => {
    if (!loaded) throw new Error('classifier used before load()');
    return loaded;
  };
  return {
    get manifest() {
      return need().manifest;
    },
    async load() {
      if (loaded) return;
      const json = await readManifest(manifestUrl, fetchFn);
      if ((json as { format?: unknown } | null)?.format === 'ensemble') {
        const manifest = parseEnsembleManifest(json);
        loaded = { manifest, model: await loadEnsemble(manifest, manifestUrl, fetchFn, raw) };
      } else {
        const manifest = parseModelManifest(json);
        loaded = { manifest, model: await loadGraphClassifier(manifest, manifestUrl, fetchFn, raw) };
      }
    },
    async classify(face) {
      return need().model.classify(face);
    },
    dispose() {
      loaded?.model.dispose();
      loaded = null;
    },
  };
}

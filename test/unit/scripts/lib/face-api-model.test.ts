// Our graph restatement of face-api's expression model against face-api's own implementation, on the
// same inputs: proves the peer model in `npm run eval` is face-api's model, not an approximation.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODELS_DIR } from '../../../../scripts/hash-models';
import { writeFaceApiExpressionModel } from '../../../../scripts/lib/face-api-model';

const require = createRequire(import.meta.url);
const dir = join(tmpdir(), `emotune-faceapi-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('face-api expression model as a graph', () => {
  it('is what ships in models/face-api, byte for byte (npm run models:face-api writes it)', () => {
    writeFaceApiExpressionModel(dir);
    for (const name of ['model.json', 'norm.bin', 'face_expression_model.bin']) {
      expect(readFileSync(join(dir, name)).equals(readFileSync(join(MODELS_DIR, 'face-api', name)))).toBe(
        true,
      );
    }
  });

  it('gives face-api’s own probabilities', { timeout: 60_000 }, async () => {
    // face-api's Node build is CommonJS with its own tfjs; both run on that engine here.
    const tf = require('@tensorflow/tfjs');
    const wasm = require('@tensorflow/tfjs-backend-wasm');
    const converter = require('@tensorflow/tfjs-converter');
    const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
    wasm.setWasmPaths(
      `${join(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'), '..', 'dist')}/`,
    );
    await tf.setBackend('wasm');
    await faceapi.nets.faceExpressionNet.loadFromDisk(
      join(require.resolve('@vladmandic/face-api/package.json'), '..', 'model'),
    );

    writeFaceApiExpressionModel(dir);
    const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    const data = Buffer.concat(
      json.weightsManifest.flatMap((g: { paths: string[] }) =>
        g.paths.map((p) => readFileSync(join(dir, p))),
      ),
    );
    const model = await converter.loadGraphModel({
      load: async () => ({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest.flatMap((g: { weights: unknown[] }) => g.weights),
        weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
        format: 'graph-model',
      }),
    });
    let maxDiff = 0;
    for (let seed = 0; seed < 4; seed++) {
      const x = tf.randomUniform([1, 112, 112, 3], 0, 255, 'float32', seed);
      const ours: Float32Array = model.execute(x).dataSync();
      const theirs: Float32Array = (await faceapi.nets.faceExpressionNet.forward(x)).dataSync();
      ours.forEach((v, i) => {
        maxDiff = Math.max(maxDiff, Math.abs(v - (theirs[i] ?? Number.NaN)));
      });
    }
    expect(maxDiff).toBeLessThan(1e-5);
  });
});

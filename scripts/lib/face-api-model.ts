// face-api's expression model (shipped in @vladmandic/face-api) as a tfjs graph model with a manifest, so
// that `npm run eval` runs it through the extension's own classifier and preprocessing like the others.
// The graph restates face-api's FaceFeatureExtractor + FaceExpressionNet op for op (src/faceFeatureExtractor,
// denseBlock4); the weights are face-api's own file, unchanged, referenced by its weight names.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FLOAT = { type: 'DT_FLOAT' };
const b64 = (s: string) => Buffer.from(s).toString('base64');
const ints = (xs: number[]) => ({ list: { i: xs.map(String) } });
const SAME = { s: b64('SAME') };
const NHWC = { s: b64('NHWC') };

interface Node {
  name: string;
  op: string;
  input?: string[];
  attr: Record<string, unknown>;
}

function graph() {
  const nodes: Node[] = [];
  let n = 0;
  const op = (op: string, input: string[], attr: Record<string, unknown>) => {
    const name = `${op.toLowerCase()}_${++n}`;
    nodes.push({ name, op, input, attr: { T: FLOAT, ...attr } });
    return name;
  };
  const constant = (name: string, shape: number[], dtype = 'DT_FLOAT') => {
    const dims = { dim: shape.map((d) => ({ size: String(d) })) };
    nodes.push({
      name,
      op: 'Const',
      attr: { value: { tensor: { dtype, tensorShape: dims } }, dtype: { type: dtype } },
    });
    return name;
  };
  const conv = (x: string, filters: string, bias: string, stride: number) =>
    op('_FusedConv2D', [x, filters, bias], {
      data_format: NHWC,
      padding: SAME,
      strides: ints([1, stride, stride, 1]),
      dilations: ints([1, 1, 1, 1]),
      num_args: { i: '1' },
      fused_ops: { list: { s: [b64('BiasAdd')] } },
      epsilon: { f: 0 },
    });
  // tf.separableConv2d = depthwise (with the stride) then a 1x1 pointwise conv; face-api adds the bias after.
  const separable = (x: string, p: string, stride: number) => {
    const dw = op('DepthwiseConv2dNative', [x, `${p}/depthwise_filter`], {
      data_format: NHWC,
      padding: SAME,
      strides: ints([1, stride, stride, 1]),
      dilations: ints([1, 1, 1, 1]),
    });
    return conv(dw, `${p}/pointwise_filter`, `${p}/bias`, 1);
  };
  const relu = (x: string) => op('Relu', [x], {});
  const add = (a: string, b: string) => op('AddV2', [a, b], {});
  return { nodes, op, constant, conv, separable, relu, add };
}

export function faceApiExpressionGraph(weightNames: { name: string; shape: number[] }[]): Node[] {
  const g = graph();
  for (const w of weightNames) g.constant(w.name, w.shape);
  g.nodes.push({
    name: 'input',
    op: 'Placeholder',
    attr: { shape: { shape: { dim: [-1, 112, 112, 3].map((d) => ({ size: String(d) })) } }, dtype: FLOAT },
  });
  // face-api: normalize(batch, meanRgb).div(255)
  let x = g.op('Sub', ['input', g.constant('norm/mean_rgb', [3])], {});
  x = g.op('Mul', [x, g.constant('norm/scale', [])], {});
  for (const [i, block] of ['dense0', 'dense1', 'dense2', 'dense3'].entries()) {
    const out1 = g.relu(
      i === 0
        ? g.conv(x, `${block}/conv0/filters`, `${block}/conv0/bias`, 2)
        : g.separable(x, `${block}/conv0`, 2),
    );
    const out2 = g.separable(out1, `${block}/conv1`, 1);
    const in3 = g.relu(g.add(out1, out2));
    const out3 = g.separable(in3, `${block}/conv2`, 1);
    const in4 = g.relu(g.add(out1, g.add(out2, out3)));
    const out4 = g.separable(in4, `${block}/conv3`, 1);
    x = g.relu(g.add(out1, g.add(out2, g.add(out3, out4))));
  }
  x = g.op('AvgPool', [x], {
    data_format: NHWC,
    padding: { s: b64('VALID') },
    ksize: ints([1, 7, 7, 1]),
    strides: ints([1, 2, 2, 1]),
  });
  x = g.op('Reshape', [x, g.constant('reshape/shape', [2], 'DT_INT32')], { Tshape: { type: 'DT_INT32' } });
  x = g.op('MatMul', [x, 'fc/weights'], { transpose_a: { b: false }, transpose_b: { b: false } });
  x = g.op('BiasAdd', [x, 'fc/bias'], { data_format: NHWC });
  g.op('Softmax', [x], {});
  return g.nodes;
}

/** Writes model.json, manifest.json and the weights into `dir`; returns the manifest's URL-able path. */
export function writeFaceApiExpressionModel(dir: string): string {
  const require = createRequire(import.meta.url);
  const modelDir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  const groups = JSON.parse(
    readFileSync(join(modelDir, 'face_expression_model-weights_manifest.json'), 'utf8'),
  ) as {
    paths: string[];
    weights: { name: string; shape: number[] }[];
  }[];
  mkdirSync(dir, { recursive: true });
  for (const group of groups)
    for (const path of group.paths) copyFileSync(join(modelDir, path), join(dir, path));
  const extra = Buffer.alloc(4 * 6);
  for (const [i, v] of [122.782, 117.001, 104.298, 1 / 255].entries()) extra.writeFloatLE(v, 4 * i);
  extra.writeInt32LE(-1, 16);
  extra.writeInt32LE(256, 20);
  writeFileSync(join(dir, 'norm.bin'), extra);
  const constants = [
    { name: 'norm/mean_rgb', shape: [3], dtype: 'float32' },
    { name: 'norm/scale', shape: [], dtype: 'float32' },
    { name: 'reshape/shape', shape: [2], dtype: 'int32' },
  ];
  const weights = groups.flatMap((g) => g.weights);
  writeFileSync(
    join(dir, 'model.json'),
    JSON.stringify({
      format: 'graph-model',
      generatedBy: 'face-api.js FaceExpressionNet (weights from @vladmandic/face-api 1.7.15)',
      convertedBy: 'scripts/lib/face-api-model.ts',
      modelTopology: { node: faceApiExpressionGraph(weights), library: {}, versions: {} },
      weightsManifest: [...groups, { paths: ['norm.bin'], weights: constants }],
    }),
  );
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      id: 'face-api',
      title: "face-api's face expression model (@vladmandic/face-api 1.7.15)",
      format: 'graph-model',
      modelFile: 'model.json',
      labels: ['neutral', 'happy', 'sad', 'angry', 'fear', 'disgust', 'surprise'],
      // Raw 0-255 pixels in: the graph subtracts face-api's per-channel mean and divides by 255 itself.
      input: { size: 112, channels: 3, mean: 0, std: 1 / 255 },
      output: 'probabilities',
      cropMargin: 0.2,
      files: {},
      source: '@vladmandic/face-api 1.7.15 model/face_expression_model (MIT)',
      license: 'MIT',
    }),
  );
  return join(dir, 'manifest.json');
}

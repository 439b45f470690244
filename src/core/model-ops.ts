// Which of a graph model's ops the active tfjs backend cannot run, checked when the model loads (as
// Human's validateModel does) so that an unsupported model fails at start with a clear message rather
// than on the first face. Pure: the caller passes the graph's op names and the backend's kernel names.

/**
 * Graph ops that tfjs-converter runs without a kernel of the same name (Human's simpleOps and ignoreOps,
 * plus Identity): constants, control flow, and arithmetic it maps to kernels of other names (Mul runs as
 * Multiply, BiasAdd as Add, MatMul as BatchMatMul).
 */
const NO_KERNEL_NEEDED = new Set([
  ...['const', 'placeholder', 'noop', 'identity', 'pad', 'squeeze', 'add', 'sub', 'mul', 'div'],
  ...['biasadd', 'fusedbatchnormv3', 'matmul', 'switch', 'shape', 'merge', 'split', 'broadcastto'],
]);

/**
 * Graph op names differ from kernel names in regular ways (Human's rules): a leading underscore
 * (`_FusedConv2D` runs as `FusedConv2D`), a `Native` suffix and a `V2` suffix (`AddV2` runs as `Add`).
 */
function kernelCandidates(op: string): string[] {
  const o = op.toLowerCase();
  return [o, o.replace(/^_/, ''), o.replace(/native$/, ''), o.replace(/v\d$/, '')];
}

export function missingKernels(graphOps: Iterable<string>, kernels: Iterable<string>): string[] {
  const have = new Set(Array.from(kernels, (k) => k.toLowerCase()));
  const missing = new Set<string>();
  for (const op of graphOps) {
    if (NO_KERNEL_NEEDED.has(op.toLowerCase())) continue;
    if (!kernelCandidates(op).some((k) => have.has(k))) missing.add(op);
  }
  return [...missing].sort();
}

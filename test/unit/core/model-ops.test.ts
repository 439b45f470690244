import { describe, expect, it } from 'vitest';
import { missingKernels } from '../../../src/core/model-ops';

const KERNELS = [
  'FusedConv2D',
  'DepthwiseConv2dNative',
  'Add',
  'Relu',
  'MaxPool',
  'Mean',
  'Softmax',
  'BatchMatMul',
];

describe('graph ops against backend kernels', () => {
  it.each([
    ['_FusedConv2D', 'the fused form without its underscore'],
    ['DepthwiseConv2dNative', 'the same name'],
    ['AddV2', 'the unversioned name'],
    ['Const', 'no kernel needed'],
    ['Placeholder', 'no kernel needed'],
    ['BiasAdd', 'run through Add'],
    ['MatMul', 'run through BatchMatMul'],
    ['Mul', 'run through Multiply (face-api’s graph has it)'],
    ['Sub', 'run through Sub'],
  ])('%s is runnable (%s)', (op) => {
    expect(missingKernels([op], KERNELS)).toEqual([]);
  });

  it('lists each missing op once, sorted', () => {
    expect(missingKernels(['Softmax', 'Erf', 'Relu', 'Einsum', 'Erf'], KERNELS)).toEqual(['Einsum', 'Erf']);
  });

  it('compares names without regard to case', () => {
    expect(missingKernels(['relu', 'MAXPOOL'], KERNELS)).toEqual([]);
  });
});

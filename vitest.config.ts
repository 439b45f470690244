import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Unit files that replace a module (vi.mock): vitest resets its module mocks only between isolated files. */
const MOCKING = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .map((f) => join('test/unit', f))
  .filter((f) => f.endsWith('.test.ts') && /\bvi\.(do)?[mM]ock\(/.test(readFileSync(f, 'utf8')));

/**
 * The lab file (~30 s of Python) starts first, beside the browsers, instead of last and alone; the quick
 * unit files then fill the end, where the two workers would otherwise wait for the slowest file.
 */
class LabFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const lab = (f: TestSpecification) => f.project.name === 'lab';
    return [...sorted.filter(lab), ...sorted.filter((f) => !lab(f))];
  }
}

export default defineConfig({
  define: { 'import.meta.env.TARGET': JSON.stringify('chrome'), 'import.meta.env.TEST_BUILD': 'false' },
  test: {
    maxWorkers: 2,
    sequence: { sequencer: LabFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: MOCKING,
          environment: 'node',
          // Pure code with no module mocks: modules are imported once per worker (the unit files 36 -> 14 s).
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-mocks', include: MOCKING, environment: 'node' },
      },
      {
        extends: true,
        // Spawns Python (PyTorch) and Node; one file, run apart from the quick unit tests.
        test: { name: 'lab', include: ['test/lab/**/*.test.ts'], environment: 'node', testTimeout: 240_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Files drive browsers from the same Node modules and mock nothing: imported once per worker.
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});

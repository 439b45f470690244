import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { 'import.meta.env.TARGET': JSON.stringify('chrome'), 'import.meta.env.TEST_BUILD': 'false' },
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
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

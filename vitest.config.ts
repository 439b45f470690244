import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { 'import.meta.env.TARGET': JSON.stringify('chrome'), 'import.meta.env.TEST_BUILD': 'false' },
  test: {
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
          // Each file drives real browsers on a 2-core machine: one file at a time, generous timeouts.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});

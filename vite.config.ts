// Builds one browser's extension per run: `vite build --mode chrome` or `--mode firefox`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor, type Target } from './manifest-variants';
import { PAGES } from './src/shared/pages';

const root = import.meta.dirname;

/**
 * Human's no-bundle build imports tfjs by package name, so Human and our classifier share one tfjs engine
 * (one backend, one tensor count). Its package exports hide the file: alias it. Also used by the scripts
 * that bundle the capture code for a plain page (scripts/lib/browser/page-bundle.ts).
 */
export const HUMAN_ALIAS = {
  '@vladmandic/human': join(root, 'node_modules/@vladmandic/human/dist/human.esm-nobundle.js'),
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Ships models/ (weights + manifests) and tfjs's wasm binaries inside the extension, so that nothing is
// fetched from the network at run time. README files stay in the repo.
function shipStaticFiles(): Plugin {
  const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  return {
    name: 'emotune:ship-static-files',
    generateBundle() {
      const models = filesUnder(join(root, 'models')).filter((f) => !f.endsWith('.md'));
      for (const file of models) {
        this.emitFile({ type: 'asset', fileName: relative(root, file), source: readFileSync(file) });
      }
      // The threaded build is never used: its blob: workers are blocked by the extension CSP.
      for (const name of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
        this.emitFile({ type: 'asset', fileName: `wasm/${name}`, source: readFileSync(join(wasmDir, name)) });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  // `--mode chrome-test` / `firefox-test`: builds whose Spotify hosts e2e tests may point at a loopback
  // stub (dist/<target>-test). No user ever installs them.
  const testBuild = mode.endsWith('-test');
  // Pages opened by URL at run time, which the manifest does not name: the media page (Chrome's
  // offscreen document, Firefox's pinned tab) and the page that asks for the camera (the popup's "Allow
  // the camera" link opens it after a denial on either browser).
  const pages: Record<string, string> = { media: PAGES.media, permission: PAGES.permission };
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(target, testBuild), browser: target }),
      shipStaticFiles(),
    ],
    resolve: { alias: HUMAN_ALIAS },
    define: {
      'import.meta.env.TARGET': JSON.stringify(target),
      'import.meta.env.TEST_BUILD': JSON.stringify(testBuild),
    },
    build: {
      outDir: testBuild ? `dist/${target}-test` : `dist/${target}`,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: pages,
      },
    },
  };
});

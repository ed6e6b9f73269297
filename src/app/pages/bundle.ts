import fs from 'node:fs';
import { build } from 'esbuild';

/**
 * Bundles a page's browser entry point (TypeScript in the source tree, or tsc's JavaScript in dist/) with its
 * npm imports (chart.js, graphql-ws) into one minified IIFE. Called on the first request for the script and
 * kept in memory by the asset server: no build step, nothing written to disk, nothing from a CDN.
 * `entry` is the path without extension.
 */
export async function bundleBrowserScript(entry: string): Promise<Buffer> {
  const file = ['.ts', '.js'].map((ext) => entry + ext).find((f) => fs.existsSync(f));
  if (!file) throw new Error(`Browser entry point ${entry}.ts (or .js) not found`);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    charset: 'utf8',
    legalComments: 'eof', // the bundled libraries' licence comments stay in the file
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

import fs from 'node:fs';
import path from 'node:path';

// `npm run build` compiles with tsc, which copies no non-TypeScript file: every folder of runtime assets the code
// reads beside itself (model artefacts, bundled data) must be copied by the build script too, or the production
// image (node dist/src/main.js) fails on its first use of that asset.

const ROOT = path.resolve(__dirname, '..');

/** Folders whose non-TypeScript files are never read by the compiled server, and why. */
const NOT_RUNTIME: Record<string, string> = {
  'src/cli': 'compile.js is what `npm start` runs from the source tree to build dist/',
  'src/platform':
    'swc-options.js and swc-register.js compile the TypeScript sources (jest, benchmarks, staging workers under ts)',
  'src/modules/images/training': 'the Python training script and its Debian requirements (training only)',
  'src/modules/emotion/training':
    'kote_cnn.py, the char-CNN experiment of cv:emotion (measuring only, nothing shipped)',
};

function assetFolders(dir: string): string[] {
  const out = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const f of assetFolders(full)) out.add(f);
    else if (!/\.(ts|graphql)$/.test(entry.name)) out.add(path.relative(ROOT, dir));
  }
  return [...out];
}

describe('npm run build', () => {
  it('copies every folder of runtime assets under src/ into dist/', () => {
    const build = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts.build;
    const copied = [...build.matchAll(/'(src\/[^']+)'/g)].map((m) => m[1]);
    const missing = assetFolders(path.join(ROOT, 'src')).filter(
      (folder) => !(folder in NOT_RUNTIME) && !copied.some((c) => folder === c || folder.startsWith(`${c}/`)),
    );
    expect(missing).toEqual([]);
  });
});

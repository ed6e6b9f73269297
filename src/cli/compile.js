// `npm start`'s prestart step: compiles src/ and migrations/ to dist/ with swc (the decorator settings of
// jest.config.js: legacy decorators with metadata, no define semantics, class names kept), only the files that
// changed since the last run, and copies the runtime assets the code reads beside itself (models, bundled data,
// page sources). The server then starts from plain JavaScript: no compiler loads at start (ts-node cost seconds of
// every start, bench/README.md "startup"). Type errors are `npm run typecheck`'s business, not the start's.
// Without @swc/core (a production install without devDependencies) it falls back to `npm run build` (tsc).
// Plain CommonJS JavaScript on purpose: it runs before anything is compiled.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'dist');
const MANIFEST = path.join(OUT, '.compile-manifest.json');
// clients/typescript/src: the typed client package, bundled into the /chat page (src/app/pages/chat/client.ts imports
// it by relative path, so its compiled copy must sit at the same place under dist/ as tsc's build puts it).
const SOURCES = ['src', 'migrations', 'clients/typescript/src'];

const SWC_OPTIONS = require('../platform/swc-options.js');

/** Every file under the source folders: TypeScript to compile (specs left out) and assets to copy. */
function sources() {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.spec.ts') || entry.name.endsWith('.d.ts')) continue;
      else out.push(path.relative(ROOT, full));
    }
  };
  for (const dir of SOURCES) walk(path.join(ROOT, dir));
  return out;
}

function readManifest(version) {
  try {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
    if (manifest.version === version) return manifest.files;
  } catch {
    // none yet, or unreadable: compile everything
  }
  return {};
}

async function main() {
  const started = performance.now();
  let swc;
  try {
    swc = require('@swc/core');
  } catch {
    process.stdout.write('@swc/core is not installed: building dist/ with tsc (npm run build)…\n');
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  const version = `${swc.version} ${JSON.stringify(SWC_OPTIONS)}`;
  const before = readManifest(version);
  const after = {};
  const work = [];
  for (const rel of sources()) {
    const src = path.join(ROOT, rel);
    const stat = fs.statSync(src);
    const key = `${stat.mtimeMs}:${stat.size}`;
    const isTs = rel.endsWith('.ts');
    const dest = path.join(OUT, isTs ? rel.replace(/\.ts$/, '.js') : rel);
    after[rel] = key;
    if (before[rel] === key && fs.existsSync(dest)) continue;
    work.push({ src, dest, isTs });
  }
  // Outputs of sources that no longer exist would be loaded by nothing but could mislead: remove them.
  for (const rel of Object.keys(before)) {
    if (after[rel] !== undefined) continue;
    fs.rmSync(path.join(OUT, rel.endsWith('.ts') ? rel.replace(/\.ts$/, '.js') : rel), { force: true });
  }
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const { src, dest, isTs } = work[next++];
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      // Written aside and renamed: another process starting from this checkout never reads half a file.
      const tmp = `${dest}.${process.pid}.tmp`;
      if (isTs) {
        const { code } = await swc.transformFile(src, { ...SWC_OPTIONS, filename: src });
        fs.writeFileSync(tmp, code);
      } else fs.copyFileSync(src, tmp);
      fs.renameSync(tmp, dest);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(`${MANIFEST}.${process.pid}.tmp`, JSON.stringify({ version, files: after }));
  fs.renameSync(`${MANIFEST}.${process.pid}.tmp`, MANIFEST);
  if (work.length > 0)
    process.stdout.write(
      `compiled ${work.length} file${work.length === 1 ? '' : 's'} to dist/ in ${Math.round(performance.now() - started)} ms\n`,
    );
}

main().catch((error) => {
  process.stderr.write(`compiling to dist/ failed: ${error.stack ?? error}\n`);
  process.exit(1);
});

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { BUNDLED_IMAGE_MODEL_DIR, ImageModel } from '../src/modules/images';
import { checkImageType, prepareImage, type ImageLimits } from '../src/modules/images/preprocess';
import { LocalDiskStorage } from '../src/platform/storage';
import { machineNotes, round, updateReadmeSection, writeResults } from './lib/harness';

// `npm run bench:images`: document images scored per second on one core, and the p99 of one image, for
//   ours — the product path: type sniffing, header checks, sharp decode + EXIF orientation + grayscale +
//          resize to 128×128 + normalisation, then onnxruntime and the softmax (ImageModel.classify);
//   raw  — onnxruntime-node's session.run on the very tensors `ours` produced (no decoding, no wrapper).
// ours/raw is what decoding, preprocessing and our layers cost on top of the model. One core: UV_THREADPOOL_SIZE=1
// (set by the npm script before libuv starts), sharp.concurrency(1), onnxruntime intra-op threads 1, images one
// after another. Rounds alternate ours → raw → raw → ours … so drifting background load hits both alike. The
// database cache is not involved (every image is scored), so this is the cost of a cache miss.

const log = (m: string) => process.stderr.write(`[bench:images] ${m}\n`);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const PER_ROUND = Number(process.env.BENCH_IMAGES_PER_ROUND ?? 150);
const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'images');
const LIMITS: ImageLimits = { maxBytes: 10 * 1024 * 1024, maxSide: 12_000, maxPixels: 50_000_000 };

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

async function main(): Promise<number> {
  sharp.concurrency(1);
  sharp.cache(false);
  const loadStart = performance.now();
  const model = await ImageModel.load(
    new LocalDiskStorage(BUNDLED_IMAGE_MODEL_DIR),
    'document-quality/1.0.0',
    {
      threads: 1,
    },
  );
  await model.warm();
  const loadMs = performance.now() - loadStart;
  const files = fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.(png|jpe?g)$/.test(f))
    .sort();
  const images = files.map((f) => fs.readFileSync(path.join(FIXTURES, f)));
  const tensors: Float32Array[] = [];
  for (const bytes of images)
    tensors.push(
      (await prepareImage(bytes, checkImageType(bytes, undefined), model.manifest, LIMITS)).tensor,
    );
  log(`model loaded and warmed in ${round(loadMs, 1)} ms; ${images.length} fixture images`);

  const ours = async (i: number) => {
    const bytes = images[i % images.length];
    const prepared = await prepareImage(bytes, checkImageType(bytes, undefined), model.manifest, LIMITS);
    return model.classify(prepared.tensor);
  };
  const raw = async (i: number) => model.runRaw(tensors[i % tensors.length]);

  const samples = { ours: [] as number[], raw: [] as number[] };
  const seconds = { ours: 0, raw: 0 };
  const run = async (name: 'ours' | 'raw', fn: (i: number) => Promise<unknown>) => {
    const start = performance.now();
    for (let i = 0; i < PER_ROUND; i++) {
      const t0 = performance.now();
      await fn(i);
      samples[name].push(performance.now() - t0);
    }
    seconds[name] += (performance.now() - start) / 1000;
  };
  // Warm-up of both paths (discarded).
  for (let i = 0; i < 20; i++) {
    await ours(i);
    await raw(i);
  }
  for (let r = 0; r < ROUNDS; r++) {
    const order: ('ours' | 'raw')[] = r % 2 === 0 ? ['ours', 'raw'] : ['raw', 'ours'];
    for (const name of order) await run(name, name === 'ours' ? ours : raw);
    log(`round ${r + 1}/${ROUNDS} done`);
  }
  const figures = (name: 'ours' | 'raw') => {
    const sorted = [...samples[name]].sort((a, b) => a - b);
    return {
      images: sorted.length,
      imagesPerSecond: round(sorted.length / seconds[name], 1),
      p50Ms: round(quantile(sorted, 0.5), 2),
      p99Ms: round(quantile(sorted, 0.99), 2),
    };
  };
  const o = figures('ours');
  const w = figures('raw');
  const result = {
    at: new Date().toISOString(),
    model: `${model.name} ${model.version}`,
    input: model.manifest.input.shape,
    fixtures: files,
    fixtureSizes: images.map((b) => b.length),
    rounds: ROUNDS,
    perRound: PER_ROUND,
    ours: o,
    raw: w,
    ratios: {
      throughput: round(w.imagesPerSecond / o.imagesPerSecond, 2),
      p50: round(o.p50Ms / w.p50Ms, 2),
      p99: round(o.p99Ms / w.p99Ms, 2),
    },
    loadMs: round(loadMs, 1),
    machine: machineNotes(),
  };
  console.log(JSON.stringify(result));
  await writeResults('images', new Date(result.at), result);
  const m = result.machine;
  await updateReadmeSection(
    'images',
    `## images — document images scored per second on one core (ours vs raw onnxruntime)

**What it measures.** The default document-quality model (\`src/modules/images/model/document-quality/1.0.0\`,
input ${model.manifest.input.shape.join('×')}, ${(fs.statSync(path.join(BUNDLED_IMAGE_MODEL_DIR, 'document-quality', '1.0.0', 'model.onnx')).size / 1024).toFixed(0)} KB) on the ${files.length} committed fixture images
(\`test/fixtures/images\`, ${Math.min(...images.map((b) => b.length))}–${Math.max(...images.map((b) => b.length))} bytes, about 250–420 px a side), one image at a time on one core
(\`UV_THREADPOOL_SIZE=1\`, \`sharp.concurrency(1)\`, onnxruntime intra-op threads 1):

- **ours**: what an upload pays on a cache miss — content sniffing, header checks (sides, pixel count), sharp
  decode with \`limitInputPixels\` + \`sequentialRead\`, EXIF orientation, grayscale, resize to 128×128,
  normalisation into a Float32Array, onnxruntime \`session.run\` and the softmax (\`ImageModel.classify\`).
- **raw**: onnxruntime-node's \`session.run\` alone, on the very tensors \`ours\` produced.
- ${ROUNDS} rounds of ${PER_ROUND} images per path, alternating which goes first, after a discarded warm-up.
  A repeat upload of the same bytes never gets here (content-hash cache).

| path | images/s | p50 ms | p99 ms |
|---|---:|---:|---:|
| ours | ${o.imagesPerSecond} | ${o.p50Ms} | ${o.p99Ms} |
| raw onnxruntime | ${w.imagesPerSecond} | ${w.p50Ms} | ${w.p99Ms} |
| **ratio ours/raw** | ${result.ratios.throughput}× the time | ${result.ratios.p50}× | ${result.ratios.p99}× |

Our overhead is decoding and preprocessing the image: the model itself is small, so sharp's decode + resize of a
few-hundred-pixel JPEG/PNG costs more than the inference. Loading and warming the model took ${result.loadMs} ms
(once per process).

**Run it:** \`npm run bench:images\` (no database; \`BENCH_ROUNDS\`, \`BENCH_IMAGES_PER_ROUND\` optional).

**Machine notes.** ${m.cpus} shared vCPUs (${m.cpuModel}), Node ${m.node}, ${m.platform}; the other
benchmarks and test suites of parallel workers share those cores, so absolute numbers are noisy — read the ratios.`,
  );
  await model.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);

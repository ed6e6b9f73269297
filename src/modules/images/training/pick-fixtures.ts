// Picks the test fixtures (test/fixtures/images) from the held-out images train.py exported: per class, the
// first JPEG (in index order) that both PyTorch and the product path (sharp + onnxruntime-node) label with its
// true class, copied byte for byte. Plus glare.png (the next such GLARE image, re-encoded as grayscale PNG and
// checked again) and small.png (a 160 px grayscale PNG for upload tests that need any real image).
//   npx ts-node --transpile-only src/modules/images/training/pick-fixtures.ts [.data/image-quality-heldout]
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { LocalDiskStorage } from '../../../platform/storage';
import { BUNDLED_IMAGE_MODEL_DIR, ImageModel } from '../image-model';
import { checkImageType, prepareImage } from '../preprocess';

const OUT = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'images');
const LIMITS = { maxBytes: 50 * 1024 * 1024, maxSide: 12_000, maxPixels: 50_000_000 };

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? '.data/image-quality-heldout');
  const exported = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as {
    labels: Record<string, string>;
    pythonPredictions: Record<string, string>;
  };
  const model = await ImageModel.load(
    new LocalDiskStorage(BUNDLED_IMAGE_MODEL_DIR),
    'document-quality/1.0.0',
    {
      threads: 1,
    },
  );
  const label = async (bytes: Buffer) => {
    const p = await model.classify(
      (await prepareImage(bytes, checkImageType(bytes, undefined), model.manifest, LIMITS)).tensor,
    );
    return model.manifest.labels[p.indexOf(Math.max(...p))];
  };
  fs.mkdirSync(OUT, { recursive: true });
  const picked = new Map<string, string>();
  let glarePng = false;
  for (const name of Object.keys(exported.labels).sort()) {
    const truth = exported.labels[name];
    if (!name.endsWith('.jpg') || exported.pythonPredictions[name] !== truth) continue;
    const bytes = fs.readFileSync(path.join(dir, name));
    if ((await label(bytes)) !== truth) continue;
    if (!picked.has(truth)) {
      picked.set(truth, name);
      fs.writeFileSync(path.join(OUT, `${truth.toLowerCase()}.jpg`), bytes);
    } else if (truth === 'GLARE' && !glarePng) {
      const png = await sharp(bytes).grayscale().png({ compressionLevel: 9 }).toBuffer();
      if ((await label(png)) === 'GLARE') {
        fs.writeFileSync(path.join(OUT, 'glare.png'), png);
        glarePng = true;
        picked.set('GLARE (png)', name);
      }
    }
  }
  const ok = fs.readFileSync(path.join(OUT, 'ok.jpg'));
  fs.writeFileSync(
    path.join(OUT, 'small.png'),
    await sharp(ok).resize(160).grayscale().png({ compressionLevel: 9 }).toBuffer(),
  );
  console.log(JSON.stringify(Object.fromEntries(picked), null, 1));
  await model.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

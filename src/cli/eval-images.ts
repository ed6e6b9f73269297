// `npm run eval:images [dir]`: the committed document-quality model measured through the product's own path —
// sharp decoding and preprocessing, onnxruntime-node inference — on the held-out images the training script
// exported (`train.py --export-heldout .data/image-quality-heldout`; never trained on). Prints accuracy, per-class
// F1 and how often the Node path agrees with PyTorch's prediction on the same bytes. No Python needed here.
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_IMAGE_MODEL_DIR, ImageModel } from '../modules/images';
import { checkImageType, prepareImage } from '../modules/images/preprocess';
import { LocalDiskStorage } from '../platform/storage';

interface Exported {
  seed: number;
  labels: Record<string, string>;
  pythonPredictions: Record<string, string>;
}

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? '.data/image-quality-heldout');
  const exported = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Exported;
  const model = await ImageModel.load(
    new LocalDiskStorage(BUNDLED_IMAGE_MODEL_DIR),
    'document-quality/1.0.0',
    {
      threads: 1,
    },
  );
  const labels = model.manifest.labels;
  const confusion = labels.map(() => labels.map(() => 0));
  let agree = 0;
  const limits = { maxBytes: 50 * 1024 * 1024, maxSide: 12_000, maxPixels: 50_000_000 };
  const names = Object.keys(exported.labels).sort();
  for (const name of names) {
    const bytes = fs.readFileSync(path.join(dir, name));
    const prepared = await prepareImage(bytes, checkImageType(bytes, undefined), model.manifest, limits);
    const p = await model.classify(prepared.tensor);
    const predicted = labels[p.indexOf(Math.max(...p))];
    confusion[labels.indexOf(exported.labels[name])][labels.indexOf(predicted)] += 1;
    if (predicted === exported.pythonPredictions[name]) agree += 1;
  }
  const total = names.length;
  const correct = labels.reduce((s, _, i) => s + confusion[i][i], 0);
  const perClass = Object.fromEntries(
    labels.map((label, c) => {
      const tp = confusion[c][c];
      const precision =
        tp /
        Math.max(
          1,
          confusion.reduce((s, row) => s + row[c], 0),
        );
      const recall =
        tp /
        Math.max(
          1,
          confusion[c].reduce((s, v) => s + v, 0),
        );
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [label, { precision: +precision.toFixed(4), recall: +recall.toFixed(4), f1: +f1.toFixed(4) }];
    }),
  );
  const result = {
    images: total,
    accuracy: +(correct / total).toFixed(4),
    macroF1: +(Object.values(perClass).reduce((s, v) => s + v.f1, 0) / labels.length).toFixed(4),
    agreementWithPyTorch: +(agree / total).toFixed(4),
    perClass,
    confusion: { labels, rows: confusion },
    manifestHeldout: (model.manifest.metrics as { heldout?: { accuracy: number } } | undefined)?.heldout
      ?.accuracy,
  };
  console.log(JSON.stringify(result, null, 1));
  await model.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

"""Trains the default document-quality model and exports it to ONNX with its manifest.

    /usr/bin/python3 src/modules/images/training/train.py

Deterministic: every sample is a function of (seed, split, index) (see synth.py), torch runs single-threaded
with deterministic algorithms, and the shuffles and augmentations draw from seeded generators. Re-running with
the same seed reproduces the held-out figures written to the manifest (`--check` compares them).

Dependencies (Debian bookworm packages, see requirements-debian.txt): python3-torch, python3-onnx,
python3-numpy, python3-pil, fonts-nanum.
"""

import argparse
import hashlib
import io
import json
import os
import sys
import time
from multiprocessing import Pool

import numpy as np
import torch
from PIL import Image
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import synth  # noqa: E402

SIZE = 128
MEAN, STD = 0.5, 0.5
VERSION = "1.0.0"
MODEL_NAME = "document-quality"
LABEL_TEXT = {
    "OK": {"en": "usable", "ko": "사용 가능"},
    "BLURRED": {"en": "blurred", "ko": "흐림"},
    "DARK": {"en": "too dark", "ko": "너무 어두움"},
    "GLARE": {"en": "glare", "ko": "빛 반사"},
    "CROPPED": {"en": "cut off", "ko": "잘림"},
    "BLANK": {"en": "blank", "ko": "빈 이미지"},
    "SCREEN": {"en": "photo of a screen", "ko": "화면 촬영"},
}


def preprocess(data, resample=Image.BILINEAR):
    """Bytes → 128×128 grayscale uint8, the same steps the service does with sharp (decode, gray, fill-resize)."""
    img = Image.open(io.BytesIO(data))
    img.load()
    return np.asarray(img.convert("L").resize((SIZE, SIZE), resample), np.uint8)


def _one(args):
    seed, split, index = args
    label, data, fmt = synth.sample(seed, split, index)
    x = preprocess(data)
    x2 = preprocess(data, Image.LANCZOS) if split == "train" else x
    return label, x, x2, data, fmt


def generate(seed, split, count, workers):
    jobs = [(seed, split, i) for i in range(count)]
    with Pool(workers) as pool:
        rows = pool.map(_one, jobs, chunksize=16)
    labels = np.array([r[0] for r in rows], np.int64)
    xs = np.stack([np.stack([r[1], r[2]]) for r in rows])
    return labels, xs, [(r[3], r[4]) for r in rows]


class Net(nn.Module):
    """Five 3×3 conv blocks (8→64 channels), then 2×2 average pooling and a global max, then one linear layer."""

    def __init__(self, classes):
        super().__init__()

        def block(cin, cout, pool=True):
            layers = [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]
            if pool:
                layers.append(nn.MaxPool2d(2))
            return layers

        self.features = nn.Sequential(*block(1, 8), *block(8, 16), *block(16, 32), *block(32, 48),
                                      *block(48, 64, pool=False))
        self.avg = nn.AdaptiveAvgPool2d(2)
        self.max = nn.AdaptiveMaxPool2d(1)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(64 * 4 + 64, classes)

    def forward(self, x):
        f = self.features(x)
        z = torch.cat([torch.flatten(self.avg(f), 1), torch.flatten(self.max(f), 1)], 1)
        return self.head(self.drop(z))


def to_tensor(batch_u8):
    return (torch.from_numpy(batch_u8.astype(np.float32)) / 255.0 - MEAN) / STD


def predict(model, xs):
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(xs), 256):
            out.append(torch.softmax(model(to_tensor(xs[i:i + 256])[:, None]), 1).numpy())
    return np.concatenate(out)


def metrics(labels, probs):
    pred = probs.argmax(1)
    k = len(synth.CLASSES)
    confusion = np.zeros((k, k), np.int64)
    for t, p in zip(labels, pred):
        confusion[t, p] += 1
    per_class = {}
    for c, name in enumerate(synth.CLASSES):
        tp = confusion[c, c]
        precision = tp / max(1, confusion[:, c].sum())
        recall = tp / max(1, confusion[c].sum())
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
        per_class[name] = {"precision": round(float(precision), 4), "recall": round(float(recall), 4),
                           "f1": round(float(f1), 4), "support": int(confusion[c].sum())}
    return {
        "accuracy": round(float((pred == labels).mean()), 4),
        "macroF1": round(float(np.mean([v["f1"] for v in per_class.values()])), 4),
        "perClass": per_class,
        "confusion": {"labels": synth.CLASSES, "rows": confusion.tolist()},
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=f"src/modules/images/model/{MODEL_NAME}/{VERSION}")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--train", type=int, default=300, help="samples per class for training")
    ap.add_argument("--val", type=int, default=50, help="samples per class for validation")
    ap.add_argument("--heldout", type=int, default=150, help="samples per class held out for the figures")
    ap.add_argument("--epochs", type=int, default=14)
    ap.add_argument("--workers", type=int, default=2, help="processes rendering samples (training is 1 thread)")
    ap.add_argument("--export-heldout", help="also write the held-out images (and labels.json) here")
    ap.add_argument("--failures", help="write a contact sheet of held-out failures to this PNG")
    ap.add_argument("--check", action="store_true",
                    help="train into a temporary directory and compare the held-out figures with --out's manifest")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    k = len(synth.CLASSES)
    t0 = time.time()
    ytr, xtr, _ = generate(args.seed, "train", args.train * k, args.workers)
    yva, xva, _ = generate(args.seed, "val", args.val * k, args.workers)
    yho, xho, raw_ho = generate(args.seed, "heldout", args.heldout * k, args.workers)
    print(f"rendered {len(ytr)}+{len(yva)}+{len(yho)} samples in {time.time() - t0:.0f}s", flush=True)

    model = Net(k)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
    steps_per_epoch = (len(ytr) + 63) // 64
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=args.epochs * steps_per_epoch)
    aug = np.random.default_rng(args.seed)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.05)
    for epoch in range(args.epochs):
        model.train()
        order = aug.permutation(len(ytr))
        total = 0.0
        for i in range(0, len(order), 64):
            idx = order[i:i + 64]
            which = aug.integers(0, 2, len(idx))  # bilinear or lanczos downscale
            batch = xtr[idx, which]
            flips = aug.random((len(idx), 2)) < 0.5
            batch = np.stack([b[::-1] if fv else b for b, fv in zip(batch, flips[:, 1])])
            batch = np.stack([b[:, ::-1] if fh else b for b, fh in zip(batch, flips[:, 0])])
            x = to_tensor(np.ascontiguousarray(batch))[:, None]
            loss = loss_fn(model(x), torch.from_numpy(ytr[idx]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss) * len(idx)
        val = metrics(yva, predict(model, xva[:, 0]))
        print(f"epoch {epoch + 1}/{args.epochs} loss {total / len(ytr):.4f} val acc {val['accuracy']:.4f} "
              f"({time.time() - t0:.0f}s)", flush=True)

    probs = predict(model, xho[:, 0])
    held = metrics(yho, probs)
    print(json.dumps({k2: held[k2] for k2 in ("accuracy", "macroF1")}), flush=True)
    for name, v in held["perClass"].items():
        print(f"  {name:8s} P {v['precision']:.4f} R {v['recall']:.4f} F1 {v['f1']:.4f} n={v['support']}")

    out = args.out
    if args.check:
        with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
            committed = json.load(f)["metrics"]["heldout"]
        same = committed["accuracy"] == held["accuracy"] and committed["perClass"] == held["perClass"]
        print("held-out figures " + ("match the committed manifest" if same else "DIFFER from the committed manifest"))
        sys.exit(0 if same else 1)

    os.makedirs(out, exist_ok=True)
    model.eval()
    onnx_path = os.path.join(out, "model.onnx")
    torch.onnx.export(model, torch.zeros(1, 1, SIZE, SIZE), onnx_path, input_names=["image"],
                      output_names=["logits"], dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}},
                      opset_version=13, do_constant_folding=True)
    with open(onnx_path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    params = sum(p.numel() for p in model.parameters())
    manifest = {
        "name": MODEL_NAME,
        "version": VERSION,
        "file": os.path.basename(onnx_path),
        "sha256": sha,
        "task": "Usability of a photographed or scanned document: one label per image.",
        "input": {
            "name": "image",
            "shape": [1, 1, SIZE, SIZE],
            "layout": "NCHW",
            "dtype": "float32",
            "colour": "grayscale",
            "resize": "fill",
            "normalisation": {"scale": 1 / 255, "mean": [MEAN], "std": [STD]},
        },
        "output": {"name": "logits", "activation": "softmax"},
        "labels": synth.CLASSES,
        "usableLabels": ["OK"],
        "labelText": LABEL_TEXT,
        "training": {
            "data": "synthetic: Korean/English documents (text, tables, seals) rendered with Pillow in Nanum fonts, "
                    "photographed on a desk, one degradation per class (blur, low light, glare, crop, blank, "
                    "screen moiré); rotation, noise and JPEG/PNG encoding on every class",
            "generator": "src/modules/images/training/synth.py",
            "script": "src/modules/images/training/train.py",
            "command": "/usr/bin/python3 src/modules/images/training/train.py",
            "seed": args.seed,
            "samplesPerClass": {"train": args.train, "val": args.val, "heldout": args.heldout},
            "epochs": args.epochs,
            "parameters": params,
            "dependencies": {"torch": torch.__version__, "numpy": np.__version__,
                             "pillow": Image.__version__, "onnx": __import__("onnx").__version__},
        },
        "metrics": {"val": {"accuracy": val["accuracy"], "macroF1": val["macroF1"]}, "heldout": held},
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {onnx_path} ({os.path.getsize(onnx_path)} bytes, {params} parameters) and manifest.json")

    if args.export_heldout:
        os.makedirs(args.export_heldout, exist_ok=True)
        labels = {}
        for i, ((data, fmt), y) in enumerate(zip(raw_ho, yho)):
            name = f"{i:05d}.{fmt}"
            with open(os.path.join(args.export_heldout, name), "wb") as f:
                f.write(data)
            labels[name] = synth.CLASSES[y]
        with open(os.path.join(args.export_heldout, "labels.json"), "w") as f:
            json.dump({"seed": args.seed, "labels": labels, "pythonPredictions": {
                f"{i:05d}.{raw_ho[i][1]}": synth.CLASSES[int(p)] for i, p in enumerate(probs.argmax(1))}}, f)
    if args.failures:
        wrong = [i for i in range(len(yho)) if probs[i].argmax() != yho[i]][:8]
        from PIL import ImageDraw
        tile = 220
        sheet = Image.new("RGB", (tile * max(1, len(wrong)), tile + 34), "white")
        d = ImageDraw.Draw(sheet)
        f = synth.font("NanumGothic.ttf", 12)
        for j, i in enumerate(wrong):
            im = Image.open(io.BytesIO(raw_ho[i][0])).convert("RGB")
            im.thumbnail((tile - 10, tile - 10))
            sheet.paste(im, (j * tile + 5, 5))
            p = probs[i]
            d.text((j * tile + 5, tile), f"true {synth.CLASSES[yho[i]]}", fill="black", font=f)
            d.text((j * tile + 5, tile + 15), f"said {synth.CLASSES[p.argmax()]} {p.max():.2f}", fill="red", font=f)
        sheet.save(args.failures)
        print(f"wrote {len(wrong)} failures to {args.failures}")


if __name__ == "__main__":
    main()

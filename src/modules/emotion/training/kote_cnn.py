"""Char-CNN over Hangul syllables for the Korean side of the emotion model (issue #11, Must show 4), experiment.

Reads the out-of-fold dump of `npm run cv:emotion -- --dump FILE` (fold, gold, the linear model's five log-scores
incl. cues, text: the 3,958 KOTE rows outside the dev hold-out, never the hold-out) and KOTE's val.tsv for the
44 raw labels. For each CV fold it trains a small CNN on the other folds (multi-task: 5-class soft targets as in
train:emotion + KOTE's 44 labels as sigmoids), scores the fold, then reports out-of-fold macro-F1 of the CNN alone
and of the ensemble z_lr + w * log p_cnn with per-class offsets, w and offsets chosen nested (on the other folds).

/usr/bin/python3 src/modules/emotion/training/kote_cnn.py .data/kote/lr-oof.tsv [--arch cnn|gru] [--epochs N]
Debian python3-torch + numpy; torch.set_num_threads(1).
"""
import argparse
import collections
import json
import math
import random
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)

LABELS = ['ANXIOUS', 'FRUSTRATED', 'SAD', 'NEUTRAL', 'HOPEFUL']
PRI = ['ANXIOUS', 'FRUSTRATED', 'SAD', 'HOPEFUL', 'NEUTRAL']
DATA = '../shared/data/ko_kote'


def kote_map():
    import re
    src = open('src/modules/emotion/emotion-mapping.ts', encoding='utf8').read()
    block = src.split('KOTE_MAP')[1].split('};')[0]
    m = {}
    for g in re.finditer(r"^\s*'?([^':\n]+?)'?:\s*(null|'(\w+)'),", block, re.M):
        m[g.group(1)] = g.group(3)
    assert len(m) == 44, len(m)
    return m


def shares(names, mp):
    v = collections.Counter(mp[n] for n in names if mp[n])
    n = sum(v.values())
    out = np.zeros(5, dtype=np.float32)
    if n == 0:
        out[LABELS.index('NEUTRAL')] = 1
    else:
        for l, c in v.items():
            out[LABELS.index(l)] = c / n
    return out


def macro_f1(pred, gold, k=5):
    f = []
    for c in range(k):
        tp = np.sum((pred == c) & (gold == c))
        fp = np.sum((pred == c) & (gold != c))
        fn = np.sum((pred != c) & (gold == c))
        f.append(0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f)), f


def tune_offsets(z, gold):
    """Same coordinate ascent as src/cli/emotion-offsets.ts (−3..3 step 0.25, FRUSTRATED fixed, 3 sweeps)."""
    off = np.zeros(5)
    best = macro_f1(np.argmax(z + off, 1), gold)[0]
    for _ in range(3):
        for c in range(5):
            if c == 1:
                continue
            for step in range(-12, 13):
                t = off.copy()
                t[c] = step / 4
                f = macro_f1(np.argmax(z + t, 1), gold)[0]
                if f > best + 1e-9 or (abs(f - best) <= 1e-9 and abs(t[c]) < abs(off[c])):
                    best = f
                    off[c] = t[c]
    return off


class CNN(nn.Module):
    def __init__(self, vocab, dim=64, filters=96, widths=(2, 3, 4, 5), n44=44):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim, padding_idx=0)
        self.convs = nn.ModuleList([nn.Conv1d(dim, filters, w, padding=w // 2) for w in widths])
        self.drop = nn.Dropout(0.5)
        h = filters * len(widths)
        self.out5 = nn.Linear(h, 5)
        self.out44 = nn.Linear(h, n44)

    def forward(self, x):
        mask = (x != 0).float().unsqueeze(1)
        e = self.drop(self.emb(x)).transpose(1, 2)
        hs = []
        for conv in self.convs:
            c = F.relu(conv(e))[:, :, : x.shape[1]]
            c = c * mask - (1 - mask) * 1e4
            hs.append(c.max(2).values)
        h = self.drop(torch.cat(hs, 1))
        return self.out5(h), self.out44(h)


class GRU(nn.Module):
    def __init__(self, vocab, dim=64, hidden=96, n44=44):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim, padding_idx=0)
        self.gru = nn.GRU(dim, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.4)
        self.out5 = nn.Linear(4 * hidden, 5)
        self.out44 = nn.Linear(4 * hidden, n44)

    def forward(self, x):
        mask = (x != 0).float().unsqueeze(2)
        o, _ = self.gru(self.drop(self.emb(x)))
        mx = (o * mask - (1 - mask) * 1e4).max(1).values
        mean = (o * mask).sum(1) / mask.sum(1).clamp(min=1)
        h = self.drop(torch.cat([mx, mean], 1))
        return self.out5(h), self.out44(h)


def normalise(t):
    import unicodedata
    return ' '.join(unicodedata.normalize('NFKC', t).lower().split())


def encode(texts, vocab, maxlen):
    x = np.zeros((len(texts), maxlen), dtype=np.int64)
    for i, t in enumerate(texts):
        ids = [vocab.get(ch, 1) for ch in normalise(t)[:maxlen]]
        x[i, : len(ids)] = ids
    return torch.from_numpy(x)


def train_model(texts, y5, y44, class_w, args, seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    cnt = collections.Counter(ch for t in texts for ch in normalise(t))
    vocab = {ch: i + 2 for i, ch in enumerate(sorted(c for c, n in cnt.items() if n >= args.min_count))}
    x = encode(texts, vocab, args.maxlen)
    y5 = torch.from_numpy(y5)
    y44 = torch.from_numpy(y44)
    cw = torch.tensor(class_w, dtype=torch.float32)
    model = (CNN if args.arch == 'cnn' else GRU)(len(vocab) + 2)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr, weight_decay=args.wd)
    n = len(texts)
    for ep in range(args.epochs):
        model.train()
        perm = torch.randperm(n)
        for b in range(0, n, args.batch):
            idx = perm[b : b + args.batch]
            l5, l44 = model(x[idx])
            t5 = y5[idx]
            w = (t5 * cw).sum(1)
            loss5 = (-(t5 * F.log_softmax(l5, 1)).sum(1) * w).sum() / w.sum()
            loss44 = F.binary_cross_entropy_with_logits(l44, y44[idx])
            loss = loss5 + args.aux * loss44
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    return model, vocab


def predict(model, vocab, texts, maxlen):
    with torch.no_grad():
        l5, _ = model(encode(texts, vocab, maxlen))
        return F.log_softmax(l5, 1).numpy()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dump')
    ap.add_argument('--arch', default='cnn')
    ap.add_argument('--epochs', type=int, default=12)
    ap.add_argument('--lr', type=float, default=2e-3)
    ap.add_argument('--wd', type=float, default=0)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--maxlen', type=int, default=160)
    ap.add_argument('--min-count', type=int, default=2)
    ap.add_argument('--aux', type=float, default=1.0)
    ap.add_argument('--cap', type=float, default=5.0)
    ap.add_argument('--seeds', type=int, default=1)
    ap.add_argument('--out', default=None)
    args = ap.parse_args()

    names = [l.strip() for l in open(f'{DATA}/labels.txt', encoding='utf8') if l.strip()]
    mp = kote_map()
    raw = {}
    for line in open(f'{DATA}/val.tsv', encoding='utf8'):
        c = line.rstrip('\n').split('\t')
        if len(c) >= 3:
            raw[c[1]] = [int(i) for i in c[2].split(',')]
    rows = []
    for line in open(args.dump, encoding='utf8'):
        c = line.rstrip('\n').split('\t')
        rows.append((int(c[0]), int(c[1]), [float(v) for v in c[2:7]], '\t'.join(c[7:])))
    fold = np.array([r[0] for r in rows])
    gold = np.array([r[1] for r in rows])
    zlr = np.array([r[2] for r in rows])
    texts = [r[3] for r in rows]
    y5 = np.stack([shares([names[i] for i in raw[t]], mp) for t in texts])
    y44 = np.zeros((len(texts), 44), dtype=np.float32)
    for i, t in enumerate(texts):
        y44[i, raw[t]] = 1
    folds = sorted(set(fold))
    zc = np.zeros_like(zlr)
    for f in folds:
        tr = np.where(fold != f)[0]
        te = np.where(fold == f)[0]
        mass = y5[tr].sum(0)
        cw = np.minimum(args.cap, mass.sum() / (5 * mass))
        acc = np.zeros((len(te), 5))
        for s in range(args.seeds):
            m, v = train_model([texts[i] for i in tr], y5[tr], y44[tr], cw, args, seed=int(17 + s + 100 * f))
            acc += np.exp(predict(m, v, [texts[i] for i in te], args.maxlen))
        zc[te] = np.log(acc / args.seeds + 1e-9)
        print(f'fold {f}: cnn alone raw {macro_f1(np.argmax(zc[te], 1), gold[te])[0]:.4f}', file=sys.stderr)

    def nested(zfun, ws):
        pred = np.zeros(len(gold), dtype=int)
        chosen = []
        for f in folds:
            o = fold != f
            best = (-1, None, None)
            for w in ws:
                z = zfun(w)
                off = tune_offsets(z[o], gold[o])
                sc = macro_f1(np.argmax(z[o] + off, 1), gold[o])[0]
                if sc > best[0]:
                    best = (sc, w, off)
            z = zfun(best[1])
            pred[~o] = np.argmax(z[~o] + best[2], 1)
            chosen.append(best[1])
        return macro_f1(pred, gold), chosen

    res = {}
    for name, zfun, ws in [
        ('lr', lambda w: zlr, [0]),
        ('cnn', lambda w: zc, [0]),
        ('lr+w*cnn', lambda w: zlr + w * zc, [0.25, 0.5, 1, 1.5, 2]),
    ]:
        (m, per), chosen = nested(zfun, ws)
        off = tune_offsets(zfun(chosen[0]), gold)
        allf = macro_f1(np.argmax(zfun(chosen[0]) + off, 1), gold)[0]
        res[name] = {'nested': round(m, 4), 'perClass': [round(p, 3) for p in per], 'w': chosen, 'tunedOnAll': round(allf, 4)}
        print(name, json.dumps(res[name]))
    if args.out:
        np.save(args.out, zc)
    print(json.dumps({'args': vars(args), 'result': res}))


if __name__ == '__main__':
    main()

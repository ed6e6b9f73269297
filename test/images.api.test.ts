import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, TestApp } from './support/app';
import {
  ApplyForRefinanceDocument,
  CreateLoanDocument,
  ImageQualityStatisticsDocument,
  LatestImageAnalysisDocument,
  RefinanceDocumentQualityDocument,
  UpdateCustomerDocument,
} from './generated/operations';

// Document-image quality through the real application: the committed default model runs in onnxruntime-node
// on held-out images the training script rendered (test/fixtures/images, never trained on), verdicts are
// stored per document and per content hash, and bad images are refused with a code, storing nothing.

const FIXTURES = path.join(__dirname, 'fixtures', 'images');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
/** One held-out sample per class, named by its true class. */
const CLASSES = ['OK', 'BLURRED', 'DARK', 'GLARE', 'CROPPED', 'BLANK', 'SCREEN'] as const;
const MAX_PIXELS = 4_000_000;
const MAX_IMAGE_BYTES = 600_000;

const creditLoan = {
  kind: 'CREDIT',
  repaymentMethod: 'LEVEL_PAYMENT',
  rateType: 'FIXED',
  interestConvention: 'MONTHLY',
  lender: '시험은행',
  lenderType: 'BANK',
  principal: '30000000',
  annualRate: '0.0650',
  termMonths: 60,
  graceMonths: 0,
  disbursedOn: '2025-10-15',
} as const;

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A valid grayscale PNG of width × height whose pixel data is `idat` (deflated scanlines). */
function png(width: number, height: number, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real decompression bomb: 4000 × 4000 black pixels (16 MB decoded) in a few kilobytes. */
function bomb(): Buffer {
  const side = 4000;
  return png(side, side, zlib.deflateSync(Buffer.alloc((side + 1) * side), { level: 9 }));
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

interface QualityJson {
  label: string;
  usable: boolean;
  confidence: number;
  confidences: { label: string; confidence: number }[];
  modelName: string;
  modelVersion: string;
  latencyMs: number;
  verdict: string;
  verdictKo: string;
  cached: boolean;
}

describe('document-image quality API', () => {
  let t: TestApp;
  let documentsDir: string;
  let analyst: string;
  let customer: string;
  let applicationId: string;

  beforeAll(async () => {
    documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-images-'));
    t = await startTestApp({
      DOCUMENTS_DIR: documentsDir,
      IMAGE_MAX_PIXELS: String(MAX_PIXELS),
      IMAGE_MAX_BYTES: String(MAX_IMAGE_BYTES),
    });
    const session = await t.demoSession();
    ({ analyst, customer } = session);
    const admin = session.admin;
    await t.execute(
      UpdateCustomerDocument,
      { input: { id: session.ownCustomerId, creditScore: 920 } },
      admin,
    );
    const loan = await t.execute(
      CreateLoanDocument,
      { input: { ...creditLoan, customerId: session.ownCustomerId } },
      admin,
    );
    const products = await t.request<{
      refinanceProducts: { edges: { node: { id: string; code: string } }[] };
    }>('{ refinanceProducts(first: 50) { edges { node { id code } } } }', {}, customer);
    const product = products.data!.refinanceProducts.edges.find(
      (e) => e.node.code === 'KAKAO-CREDIT-SWITCH',
    )!;
    const applied = await t.execute(
      ApplyForRefinanceDocument,
      { input: { loanId: loan.data!.createLoan.id, productId: product.node.id } },
      customer,
    );
    const result = applied.data!.applyForRefinance;
    if (result.__typename !== 'ApplyForRefinancePayload') throw new Error(JSON.stringify(result));
    applicationId = result.application.id;
  });
  afterAll(async () => {
    await t?.stop();
    fs.rmSync(documentsDir, { recursive: true, force: true });
  });

  const post = (route: string, bytes: Buffer, type: string, token: string, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    return fetch(t.url.replace('/graphql', route), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
  };
  const uploadDocument = (bytes: Buffer, type: string, name: string, token = customer) =>
    post(`/uploads/refinance-applications/${applicationId}/documents`, bytes, type, token, name);
  const analyze = (bytes: Buffer, type: string, name: string, token = analyst) =>
    post('/uploads/images/analyze', bytes, type, token, name);
  const count = async (table: string) =>
    ((await t.app.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]
      .n;
  const runs = () => t.app.container.services.images.runs;

  it('scores every held-out fixture with the real model and stores the verdict with its document', async () => {
    const runsBefore = runs();
    const uploaded: { id: string; label: string }[] = [];
    for (const label of CLASSES) {
      const res = await uploadDocument(fixture(`${label.toLowerCase()}.jpg`), 'image/jpeg', `${label}.jpg`);
      expect(res.status).toBe(201);
      const body = (await res.json()) as { document: { id: string; quality: QualityJson } };
      const q = body.document.quality;
      expect(q).toMatchObject({
        label,
        usable: label === 'OK',
        modelName: 'document-quality',
        modelVersion: '1.0.0',
        cached: false,
      });
      expect(q.confidences.map((c) => c.label)).toEqual([...CLASSES]);
      expect(q.confidences.reduce((s, c) => s + c.confidence, 0)).toBeCloseTo(1, 4);
      expect(q.confidence).toBe(Math.max(...q.confidences.map((c) => c.confidence)));
      expect(q.latencyMs).toBeGreaterThan(0);
      uploaded.push({ id: body.document.id, label });
    }
    expect(runs() - runsBefore).toBe(CLASSES.length);
    expect(await count('image_assessment')).toBe(CLASSES.length);

    // The application shows the verdict; staff see it on the same document.
    for (const token of [customer, analyst]) {
      const app = await t.execute(RefinanceDocumentQualityDocument, { id: applicationId }, token);
      expect(app.errors).toBeUndefined();
      const docs = app.data!.refinanceApplication!.documents;
      for (const { id, label } of uploaded) {
        const doc = docs.find((d) => d.id === id)!;
        expect(doc.quality).toMatchObject({ label, modelName: 'document-quality', modelVersion: '1.0.0' });
      }
      const blurred = docs.find((d) => d.fileName === 'BLURRED.jpg')!;
      expect(blurred.quality!.verdict).toBe('re-upload: blurred');
      expect(blurred.quality!.verdictKo).toBe('다시 올려 주세요: 흐림');
      expect(docs.find((d) => d.fileName === 'OK.jpg')!.quality!.verdict).toBe('usable');
    }
  });

  it('scores the same bytes once: a second upload reuses the stored verdict', async () => {
    const bytes = fixture('ok.jpg');
    const runsBefore = runs();
    const assessments = await count('image_assessment');
    const documents = await count('refinance_document');
    const again = await uploadDocument(bytes, 'image/jpeg', 'ok-again.jpg');
    expect(again.status).toBe(201);
    const body = (await again.json()) as { document: { sha256: string; quality: QualityJson } };
    expect(body.document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(body.document.quality).toMatchObject({ label: 'OK', cached: true });
    // The staff route sees the same bytes: still no second inference.
    const staff = await analyze(bytes, 'image/jpeg', 'scan.jpg');
    expect(staff.status).toBe(201);
    expect(((await staff.json()) as { analysis: { quality: QualityJson } }).analysis.quality).toMatchObject({
      label: 'OK',
      cached: true,
    });
    // Two concurrent uploads of new bytes run the model once between them.
    const fresh = fixture('glare.png');
    const [a, b] = await Promise.all([
      uploadDocument(fresh, 'image/png', 'glare-1.png'),
      uploadDocument(fresh, 'image/png', 'glare-2.png'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const labels = await Promise.all(
      [a, b].map(async (r) => ((await r.json()) as { document: { quality: QualityJson } }).document.quality),
    );
    expect(labels.map((q) => q.label)).toEqual(['GLARE', 'GLARE']);
    expect(labels.filter((q) => q.cached)).toHaveLength(1);

    expect(runs() - runsBefore).toBe(1);
    expect(await count('image_assessment')).toBe(assessments + 1);
    expect(await count('refinance_document')).toBe(documents + 3);
  });

  it('analyzeImage: staff only, stored as the latest analysis, counted on the dashboard', async () => {
    const forbidden = await analyze(fixture('dark.jpg'), 'image/jpeg', 'dark.jpg', customer);
    expect(forbidden.status).toBe(403);
    const res = await analyze(fixture('screen.jpg'), 'image/jpeg', '../모니터 사진.jpg');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { analysis: { id: string; fileName: string; quality: QualityJson } };
    expect(body.analysis.fileName).toBe('모니터 사진.jpg');
    expect(body.analysis.quality).toMatchObject({
      label: 'SCREEN',
      usable: false,
      verdict: 're-upload: photo of a screen',
    });

    const latest = await t.execute(LatestImageAnalysisDocument, {}, analyst);
    expect(latest.data!.latestImageAnalysis).toMatchObject({
      id: body.analysis.id,
      fileName: '모니터 사진.jpg',
      quality: { label: 'SCREEN', usable: false, modelVersion: '1.0.0' },
    });
    expect((await t.execute(LatestImageAnalysisDocument, {}, customer)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );

    const stats = await t.execute(ImageQualityStatisticsDocument, {}, analyst);
    expect(stats.errors).toBeUndefined();
    const s = stats.data!.imageQualityStatistics;
    expect(s).toMatchObject({ enabled: true, modelName: 'document-quality', modelVersion: '1.0.0' });
    const documentCounts = Object.fromEntries(
      s.counts.filter((c) => c.source === 'REFINANCE_DOCUMENT').map((c) => [c.label, c.count]),
    );
    // Seven fixtures, the OK one twice more, the glare one twice more.
    expect(documentCounts).toEqual({ OK: 2, BLURRED: 1, DARK: 1, GLARE: 3, CROPPED: 1, BLANK: 1, SCREEN: 1 });
    const staffCounts = Object.fromEntries(
      s.counts.filter((c) => c.source === 'STAFF_ANALYSIS').map((c) => [c.label, c.count]),
    );
    expect(staffCounts).toEqual({ OK: 1, SCREEN: 1 });
    expect(s.usable).toBe(3);
    expect(s.reupload).toBe(9);
    expect((await t.execute(ImageQualityStatisticsDocument, {}, customer)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
  });

  it('the counsellor answers "이미지상태" / "is my document OK?" from the stored verdicts', async () => {
    const ask = async (text: string, token: string) => {
      const sent = await t.request<{ sendChatMessage: { assistantMessage?: { id: string } } }>(
        'mutation ($text: String!) { sendChatMessage(input: { text: $text }) { ... on SendChatMessagePayload { assistantMessage { id } } } }',
        { text },
        token,
      );
      const id = sent.data!.sendChatMessage.assistantMessage!.id;
      for (let i = 0; i < 400; i++) {
        const m = await t.request<{
          chatMessage: { status: string; text: string; topic: { intent: string | null } };
        }>('query ($id: ID!) { chatMessage(id: $id) { status text } }', { id }, token);
        if (m.data!.chatMessage.status !== 'STREAMING') return m.data!.chatMessage.text;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('no answer');
    };
    // The customer's latest scored document is the glare PNG of the previous test.
    const latest = (await count('refinance_document')) > 0;
    expect(latest).toBe(true);
    const glare = await t.app.database.dataSource.query(
      `SELECT a.confidences FROM refinance_document d JOIN image_assessment a ON a.id = d.image_assessment_id
        ORDER BY d.uploaded_at DESC, d.id DESC LIMIT 1`,
    );
    const confidence = (glare[0].confidences as { label: string; confidence: number }[]).find(
      (c) => c.label === 'GLARE',
    )!.confidence;
    const percent = `${(Math.round(confidence * 1000) / 10).toFixed(1)}%`;
    const ko = await ask('제가 올린 서류 이미지상태 괜찮아요?', customer);
    expect(ko).toContain('다시 올려 주셔야 합니다: 빛 반사');
    expect(ko).toContain(`판정 신뢰도는 ${percent}입니다`);
    expect(ko).not.toContain('GLARE');
    const en = await ask('is my document OK?', customer);
    expect(en).toContain('needs a re-upload: glare');
    expect(en).toContain(percent);
    // Staff hear about the latest analysed image (Finnect's "latest upload"): the screen photo analysed above.
    const staff = await ask('이미지상태랑 신뢰도 알려줘', analyst);
    expect(staff).toContain('최근 분석한 이미지(모니터 사진.jpg');
    expect(staff).toContain('이미지상태: 화면 촬영 (다시 올려야 함), 신뢰도: ');
  });

  it('refuses bad images with a code, storing nothing and running no model', async () => {
    const jpeg = fixture('ok.jpg');
    const cases: {
      name: string;
      bytes: Buffer;
      type: string;
      status: number;
      code: string;
      documentReason?: string;
    }[] = [
      {
        name: 'notes.png',
        bytes: Buffer.from('just some text, not an image\n'.repeat(20)),
        type: 'image/png',
        status: 415,
        code: 'NOT_AN_IMAGE',
        documentReason: 'UNSUPPORTED_DOCUMENT_TYPE',
      },
      {
        name: 'photo.png',
        bytes: jpeg,
        type: 'image/png',
        status: 415,
        code: 'CONTENT_TYPE_MISMATCH',
        documentReason: 'UNSUPPORTED_DOCUMENT_TYPE',
      },
      {
        name: 'huge.png',
        bytes: png(20_000, 20_000, zlib.deflateSync(Buffer.alloc(20_001))),
        type: 'image/png',
        status: 413,
        code: 'IMAGE_DIMENSIONS_TOO_LARGE',
      },
      { name: 'bomb.png', bytes: bomb(), type: 'image/png', status: 413, code: 'DECOMPRESSION_BOMB' },
      {
        name: 'cut.jpg',
        bytes: jpeg.subarray(0, Math.floor(jpeg.length / 2)),
        type: 'image/jpeg',
        status: 422,
        code: 'TRUNCATED_IMAGE',
      },
      {
        name: 'big.jpg',
        bytes: Buffer.concat([jpeg, Buffer.alloc(MAX_IMAGE_BYTES)]),
        type: 'image/jpeg',
        status: 413,
        code: 'IMAGE_TOO_LARGE',
      },
    ];
    const before = {
      runs: runs(),
      assessments: await count('image_assessment'),
      analyses: await count('image_analysis'),
      documents: await count('refinance_document'),
      files: filesUnder(documentsDir).length,
    };
    for (const c of cases) {
      const staff = await analyze(c.bytes, c.type, c.name);
      expect({ name: c.name, status: staff.status }).toEqual({ name: c.name, status: c.status });
      const body = (await staff.json()) as {
        errors: { message: string; extensions: Record<string, string> }[];
      };
      expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: c.code });
      expect(body.errors[0].message.length).toBeGreaterThan(10);

      const doc = await uploadDocument(c.bytes, c.type, c.name);
      const docBody = (await doc.json()) as { errors: { extensions: Record<string, string> }[] };
      if (c.documentReason) {
        expect(doc.status).toBe(415);
        expect(docBody.errors[0].extensions.reason).toBe(c.documentReason);
      } else if (c.code === 'IMAGE_TOO_LARGE') {
        // Under DOCUMENT_MAX_BYTES but over IMAGE_MAX_BYTES: the image check refuses it.
        expect(doc.status).toBe(413);
        expect(docBody.errors[0].extensions).toEqual({
          code: 'BAD_USER_INPUT',
          reason: 'UNREADABLE_IMAGE',
          imageCode: c.code,
        });
      } else {
        expect({ name: c.name, status: doc.status }).toEqual({ name: c.name, status: c.status });
        expect(docBody.errors[0].extensions).toEqual({
          code: 'BAD_USER_INPUT',
          reason: 'UNREADABLE_IMAGE',
          imageCode: c.code,
        });
      }
    }
    expect(runs()).toBe(before.runs);
    expect(await count('image_assessment')).toBe(before.assessments);
    expect(await count('image_analysis')).toBe(before.analyses);
    expect(await count('refinance_document')).toBe(before.documents);
    expect(filesUnder(documentsDir)).toHaveLength(before.files);
    // The process is unharmed: the next good image is scored as before.
    const after = await analyze(fixture('cropped.jpg'), 'image/jpeg', 'cropped.jpg');
    expect(after.status).toBe(201);
    expect(((await after.json()) as { analysis: { quality: QualityJson } }).analysis.quality.label).toBe(
      'CROPPED',
    );
  });

  it('loads the model from an S3-compatible store (path-style, signed) and scores with it', async () => {
    const bundled = path.join(__dirname, '..', 'src', 'modules', 'images', 'model');
    const requests: string[] = [];
    const s3 = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${String(req.headers.authorization).split(' ')[0]}`);
      const match = /^\/models\/registry\/(.+)$/.exec(req.url ?? '');
      const file = match ? path.join(bundled, ...match[1].split('/')) : '';
      if (!match || !fs.existsSync(file)) return res.writeHead(404).end('NoSuchKey');
      res.writeHead(200).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => s3.listen(0, '127.0.0.1', resolve));
    const port = (s3.address() as AddressInfo).port;
    const other = await startTestApp({
      IMAGE_MODEL_STORE: 's3',
      IMAGE_MODEL_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      IMAGE_MODEL_S3_BUCKET: 'models',
      IMAGE_MODEL_S3_PREFIX: 'registry',
      IMAGE_MODEL_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      IMAGE_MODEL_S3_SECRET_ACCESS_KEY: 'secret',
    });
    try {
      expect(requests).toEqual([
        'GET /models/registry/document-quality/1.0.0/manifest.json AWS4-HMAC-SHA256',
        'GET /models/registry/document-quality/1.0.0/model.onnx AWS4-HMAC-SHA256',
      ]);
      const token = (await other.demoSession()).analyst;
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(fixture('dark.jpg'))], { type: 'image/jpeg' }),
        'dark.jpg',
      );
      const res = await fetch(other.url.replace('/graphql', '/uploads/images/analyze'), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(res.status).toBe(201);
      expect(((await res.json()) as { analysis: { quality: QualityJson } }).analysis.quality.label).toBe(
        'DARK',
      );
    } finally {
      await other.stop();
      await new Promise<void>((resolve) => s3.close(() => resolve()));
    }
  });

  it('refuses to start with a model whose manifest does not match it, saying what differs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-model-'));
    try {
      const bundled = path.join(
        __dirname,
        '..',
        'src',
        'modules',
        'images',
        'model',
        'document-quality',
        '1.0.0',
      );
      const target = path.join(dir, 'mine', '2.0.0');
      fs.mkdirSync(target, { recursive: true });
      fs.copyFileSync(path.join(bundled, 'model.onnx'), path.join(target, 'model.onnx'));
      const manifest = JSON.parse(fs.readFileSync(path.join(bundled, 'manifest.json'), 'utf8'));
      manifest.name = 'mine';
      manifest.version = '2.0.0';
      manifest.input.shape = [1, 1, 224, 224];
      manifest.labels = ['GOOD', 'DEFECT'];
      manifest.usableLabels = ['GOOD'];
      delete manifest.labelText;
      fs.writeFileSync(path.join(target, 'manifest.json'), JSON.stringify(manifest));
      await expect(startTestApp({ IMAGE_MODEL_DIR: dir, IMAGE_MODEL: 'mine/2.0.0' })).rejects.toThrow(
        'Image model "mine/2.0.0" refused: input "image" is [batch, 1, 128, 128], the manifest says [1, 1, 224, 224]; ' +
          'output "logits" has 7 classes, the manifest lists 2 labels',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import DataLoader from 'dataloader';
import { inTransaction, type RequestContext } from '../../common/context';
import { BoundedMap } from '../../common/bounded-map';
import { AppError, ErrorCode, forbidden, unauthenticated } from '../../common/errors';
import { ImageRefused } from './image-errors';
import type { ImageModel } from './image-model';
import { ImageAnalysisEntity, ImageAssessmentEntity } from './images.entity';
import type { ImagesRepository, VerdictCount } from './images.repository';
import { checkImageType, prepareImage, type ImageLimits } from './preprocess';

/** The words for the default model's labels; an operator's model brings its own in `labelText`. */
const DEFAULT_LABEL_TEXT: Record<string, { en: string; ko: string }> = {
  OK: { en: 'usable', ko: '사용 가능' },
  BLURRED: { en: 'blurred', ko: '흐림' },
  DARK: { en: 'too dark', ko: '너무 어두움' },
  GLARE: { en: 'glare', ko: '빛 반사' },
  CROPPED: { en: 'cut off', ko: '잘림' },
  BLANK: { en: 'blank', ko: '빈 이미지' },
  SCREEN: { en: 'photo of a screen', ko: '화면 촬영' },
};

/** A scoring not yet stored: either the stored row of the same bytes, or a fresh result. */
export interface ScoredImage {
  sha256: string;
  sizeBytes: number;
  /** The committed assessment of these bytes (no inference ran). */
  cached: ImageAssessmentEntity | null;
  /** A result still to be stored (by this upload, or by the concurrent one whose inference it joined). */
  fresh: ImageAssessmentEntity | null;
  /** True when this upload joined another upload's inference of the same bytes. */
  joined: boolean;
}

export interface ImageVerdict {
  assessment: ImageAssessmentEntity;
  /** True when the bytes had been scored before (by this model version): no inference ran. */
  cached: boolean;
}

function requireStaff(ctx: RequestContext, what: string): void {
  if (!ctx.viewer) throw unauthenticated();
  if (ctx.viewer.role === 'CUSTOMER') throw forbidden(`${what} needs the ANALYST or ADMIN role`);
}

/** A small FIFO semaphore: at most `limit` images are decoded and scored at once (memory stays bounded). */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

/** Scorings kept in memory for uploads of the same bytes (a few KB each at most). */
const RECENT_SCORINGS = 256;

// Document-image quality: bytes → checks (type, size, header) → sharp preprocessing → onnxruntime → a label
// with every class's probability. Results are kept per (content hash, model version): the same bytes are never
// scored twice — not on a second upload, not by two concurrent uploads in this process (single flight).
export class ImageQualityService {
  /**
   * Inferences running or finished lately, by content hash and model (single flight). A finished one stays until
   * RECENT_SCORINGS newer ones push it out: an upload whose lookup ran before a concurrent upload of the same bytes
   * committed its row would otherwise find neither the row nor the run, and score the bytes again (seen in CI:
   * two concurrent uploads, two runs). The same bytes and model always give the same result.
   */
  private readonly recent = new BoundedMap<string, Promise<ImageAssessmentEntity>>(RECENT_SCORINGS);
  private readonly gate: Semaphore;
  /** Per-request DataLoader of assessments by id (a factory keyed in the request scope). */
  private readonly loaderOf = (ctx: RequestContext) =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.repository.assessmentsByIds(ctx, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  constructor(
    private readonly repository: ImagesRepository,
    private readonly model: ImageModel | null,
    readonly limits: ImageLimits,
    options: { maxConcurrent: number },
  ) {
    this.gate = new Semaphore(options.maxConcurrent);
  }

  get enabled(): boolean {
    return this.model !== null;
  }

  /** Name, version and manifest of the loaded model (null when image scoring is off). */
  get modelInfo(): ImageModel['manifest'] | null {
    return this.model?.manifest ?? null;
  }

  /** Inference runs since start (tests and the benchmark read it). */
  get runs(): number {
    return this.model?.runs ?? 0;
  }

  private requireModel(): ImageModel {
    if (!this.model)
      throw new AppError(ErrorCode.UNAVAILABLE, 'Image scoring is turned off (IMAGE_MODEL_ENABLED=false)');
    return this.model;
  }

  /**
   * Checks and scores the bytes, writing nothing. Throws ImageRefused (coded) for anything that is not a
   * decodable PNG/JPEG within the limits. The same bytes already scored by this model come back as `cached`.
   */
  async score(ctx: RequestContext, bytes: Buffer, declaredType?: string): Promise<ScoredImage> {
    const model = this.requireModel();
    if (bytes.length > this.limits.maxBytes)
      throw new ImageRefused('IMAGE_TOO_LARGE', `Images may be at most ${this.limits.maxBytes} bytes`);
    const format = checkImageType(bytes, declaredType);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = `${sha256}:${model.name}:${model.version}`;
    let work = this.recent.get(key);
    if (!work) {
      const cached = await this.repository.findAssessment(ctx, sha256, model.name, model.version);
      if (cached) return { sha256, sizeBytes: bytes.length, cached, fresh: null, joined: false };
      // Looked up again after the read: another upload of these bytes may have started (or finished) meanwhile.
      work = this.recent.get(key);
    }
    const joined = work !== undefined;
    if (!work) {
      const started = this.gate.run(() => this.infer(ctx, model, bytes, format, sha256));
      work = started;
      this.recent.set(key, started);
      // A failed run is forgotten (the next upload tries again); a result stays among the recent ones.
      started.catch(() => {
        if (this.recent.get(key) === started) this.recent.delete(key);
      });
    }
    return { sha256, sizeBytes: bytes.length, cached: null, fresh: await work, joined };
  }

  private async infer(
    ctx: RequestContext,
    model: ImageModel,
    bytes: Buffer,
    format: 'image/png' | 'image/jpeg',
    sha256: string,
  ): Promise<ImageAssessmentEntity> {
    const started = performance.now();
    const prepared = await prepareImage(bytes, format, model.manifest, this.limits);
    const probabilities = await model.classify(prepared.tensor);
    const latencyMs = performance.now() - started;
    const labels = model.manifest.labels;
    let best = 0;
    for (let i = 1; i < probabilities.length; i++) if (probabilities[i] > probabilities[best]) best = i;
    return Object.assign(new ImageAssessmentEntity(), {
      id: randomUUID(),
      sha256,
      modelName: model.name,
      modelVersion: model.version,
      label: labels[best],
      usable: (model.manifest.usableLabels ?? ['OK']).includes(labels[best]),
      confidences: labels.map((label, i) => ({
        label,
        confidence: Math.round(probabilities[i] * 1e6) / 1e6,
      })),
      latencyMs: Math.round(latencyMs * 1000) / 1000,
      format: prepared.format,
      width: prepared.width,
      height: prepared.height,
      createdAt: ctx.now(),
    });
  }

  /**
   * Stores a scoring (in the caller's transaction); a cached one is returned as it is. Concurrent uploads of
   * the same bytes both insert-or-ignore the same row: the second waits on the unique index for the first's
   * transaction and then reads the committed row (or stores it, if the first rolled back).
   */
  async record(ctx: RequestContext, scored: ScoredImage): Promise<ImageVerdict> {
    if (scored.cached) return { assessment: scored.cached, cached: true };
    const saved = await this.repository.saveAssessment(ctx, scored.fresh!);
    // Joined another upload's inference, or another replica stored the same bytes first: no run of ours.
    return { assessment: saved, cached: scored.joined || saved.id !== scored.fresh!.id };
  }

  /** The staff analyzeImage route: score, store the result and who sent it. */
  async analyze(
    ctx: RequestContext,
    file: { bytes: Buffer; fileName: string; declaredType?: string },
  ): Promise<{ analysis: ImageAnalysisEntity; verdict: ImageVerdict }> {
    requireStaff(ctx, 'analyzeImage');
    const scored = await this.score(ctx, file.bytes, file.declaredType);
    return inTransaction(ctx, async (tx) => {
      const verdict = await this.record(tx, scored);
      const analysis = await this.repository.insertAnalysis(
        tx,
        Object.assign(new ImageAnalysisEntity(), {
          id: randomUUID(),
          assessmentId: verdict.assessment.id,
          fileName: file.fileName,
          sizeBytes: String(scored.sizeBytes),
          uploadedBy: tx.viewer?.userId ?? null,
          uploadedAt: tx.now(),
        }),
      );
      return { analysis, verdict };
    });
  }

  /** The latest staff analysis with its assessment (the FAQ bot answers from it). */
  async latestAnalysis(
    ctx: RequestContext,
  ): Promise<{ analysis: ImageAnalysisEntity; assessment: ImageAssessmentEntity } | null> {
    requireStaff(ctx, 'latestImageAnalysis');
    const analysis = await this.repository.latestAnalysis(ctx);
    if (!analysis) return null;
    const assessment = await this.assessment(ctx, analysis.assessmentId);
    return assessment ? { analysis, assessment } : null;
  }

  /** One assessment by id, batched per request. */
  assessment(ctx: RequestContext, id: string): Promise<ImageAssessmentEntity | null> {
    return ctx.scope.get(this.loaderOf, ctx).load(id);
  }

  verdictCounts(ctx: RequestContext): Promise<VerdictCount[]> {
    requireStaff(ctx, 'imageQualityStatistics');
    return this.repository.verdictCounts(ctx);
  }

  /** How a label reads: the manifest's words, the default model's, or the label itself. */
  labelText(label: string, language: 'en' | 'ko'): string {
    const own = this.model?.manifest.labelText?.[label] ?? DEFAULT_LABEL_TEXT[label];
    return own ? own[language] : label.toLowerCase().replace(/_/g, ' ');
  }

  /** The verdict as the application shows it: "usable" or "re-upload: blurred" (Korean: "다시 올려 주세요: 흐림"). */
  verdictText(a: Pick<ImageAssessmentEntity, 'label' | 'usable'>, language: 'en' | 'ko'): string {
    if (a.usable) return this.labelText(a.label, language);
    return language === 'ko'
      ? `다시 올려 주세요: ${this.labelText(a.label, 'ko')}`
      : `re-upload: ${this.labelText(a.label, 'en')}`;
  }
}

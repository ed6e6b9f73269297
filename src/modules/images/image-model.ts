// The model registry: a model is a folder `<name>/<version>/` in a DocumentStorage (local disk, or an
// S3-compatible store behind the same interface) holding `manifest.json` and the ONNX file it names. Loaded
// once per process, checked against its manifest (a mismatch refuses to start, saying what differs), and
// warmed with one run so the first upload does not pay for onnxruntime's lazy initialisation.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import * as ort from 'onnxruntime-node';
import type { DocumentStorage } from '../../platform/storage';
import { checkAgainstSession, ManifestError, parseManifest, type ImageModelManifest } from './manifest';

/** The registry folder shipped with fingraph: `document-quality/<version>/`. */
export const BUNDLED_IMAGE_MODEL_DIR = path.join(__dirname, 'model');

export interface ImageModelOptions {
  /** onnxruntime intra-op threads per run (1: one core per concurrent run). */
  threads: number;
}

async function readAll(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new Error(`${what} is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const MAX_MANIFEST_BYTES = 1024 * 1024;
const MAX_MODEL_BYTES = 512 * 1024 * 1024;

export class ImageModel {
  /** Inference runs since the process started (the content-hash cache keeps repeats out of it). */
  runs = 0;

  private constructor(
    readonly manifest: ImageModelManifest,
    private readonly session: ort.InferenceSession,
  ) {}

  get name(): string {
    return this.manifest.name;
  }

  get version(): string {
    return this.manifest.version;
  }

  /**
   * Loads `<key>/manifest.json` and its ONNX file from `storage`, checks the file's hash and the manifest
   * against the session's inputs and outputs. Throws ManifestError listing every disagreement.
   */
  static async load(storage: DocumentStorage, key: string, options: ImageModelOptions): Promise<ImageModel> {
    const where = `"${key}"`;
    const manifestStream = await storage.open(`${key}/manifest.json`);
    if (!manifestStream) throw new ManifestError(where, [`no manifest.json under ${where}`]);
    let raw: unknown;
    try {
      raw = JSON.parse((await readAll(manifestStream, MAX_MANIFEST_BYTES, 'manifest.json')).toString('utf8'));
    } catch (error) {
      throw new ManifestError(where, [`manifest.json is not valid JSON (${(error as Error).message})`]);
    }
    const manifest = parseManifest(raw, where);
    const modelStream = await storage.open(`${key}/${manifest.file}`);
    if (!modelStream)
      throw new ManifestError(where, [`the manifest names ${manifest.file}, which is missing`]);
    const bytes = await readAll(modelStream, MAX_MODEL_BYTES, manifest.file);
    if (manifest.sha256) {
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== manifest.sha256)
        throw new ManifestError(where, [
          `${manifest.file} has SHA-256 ${actual}, the manifest says ${manifest.sha256}`,
        ]);
    }
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(bytes, {
        executionProviders: ['cpu'],
        intraOpNumThreads: options.threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
      });
    } catch (error) {
      throw new ManifestError(where, [
        `${manifest.file} is not a loadable ONNX model (${(error as Error).message})`,
      ]);
    }
    const problems = checkAgainstSession(manifest, {
      inputs: session.inputMetadata.map((m) =>
        m.isTensor ? { name: m.name, type: m.type, shape: m.shape } : { name: m.name },
      ),
      outputs: session.outputMetadata.map((m) =>
        m.isTensor ? { name: m.name, type: m.type, shape: m.shape } : { name: m.name },
      ),
    });
    if (problems.length > 0) {
      await session.release();
      throw new ManifestError(where, problems);
    }
    return new ImageModel(manifest, session);
  }

  /** One run on a blank input; its output must have one value per label. */
  async warm(): Promise<void> {
    const [, c, h, w] = this.manifest.input.shape;
    const out = await this.runRaw(new Float32Array(c * h * w));
    if (out.length !== this.manifest.labels.length)
      throw new ManifestError(`"${this.name}/${this.version}"`, [
        `the model returns ${out.length} values, the manifest lists ${this.manifest.labels.length} labels`,
      ]);
  }

  /** The raw output for one input tensor (onnxruntime runs it on its own thread: the event loop is free). */
  async runRaw(tensor: Float32Array): Promise<Float32Array> {
    const [, c, h, w] = this.manifest.input.shape;
    const feeds = { [this.manifest.input.name]: new ort.Tensor('float32', tensor, [1, c, h, w]) };
    const result = await this.session.run(feeds, [this.manifest.output.name]);
    return result[this.manifest.output.name].data as Float32Array;
  }

  /** Per-label probabilities for one input tensor. */
  async classify(tensor: Float32Array): Promise<number[]> {
    const raw = await this.runRaw(tensor);
    this.runs += 1;
    return this.manifest.output.activation === 'softmax' ? softmax(raw) : Array.from(raw);
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}

export function softmax(values: ArrayLike<number>): number[] {
  const max = Math.max(...Array.from(values));
  const exps = Array.from(values, (v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

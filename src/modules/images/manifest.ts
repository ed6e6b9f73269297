// The manifest of an image model: what the ONNX file expects (input name, NCHW shape, colour, normalisation),
// what its outputs mean (labels, which of them make a document usable), and how it was trained and measured.
// Pure: parse and check, no I/O. A model whose manifest does not match its session is refused at start.

export interface ImageModelManifest {
  name: string;
  version: string;
  /** ONNX file beside the manifest. */
  file: string;
  /** Hex SHA-256 of the ONNX file (checked on load when present). */
  sha256?: string;
  input: {
    name: string;
    /** [batch, channels, height, width]; batch may be any positive number (the model's own may be symbolic). */
    shape: [number, number, number, number];
    layout: 'NCHW';
    dtype: 'float32';
    colour: 'grayscale' | 'rgb';
    /** fill: stretch to the input size (no crop, no padding); contain: letterbox; cover: centre crop. */
    resize: 'fill' | 'contain' | 'cover';
    normalisation: { scale: number; mean: number[]; std: number[] };
  };
  output: { name: string; activation: 'softmax' | 'none' };
  labels: string[];
  /** Labels that make a document usable (default: ["OK"]); every other label asks for a re-upload. */
  usableLabels?: string[];
  /** How a label reads to people; falls back to the label in lower case. */
  labelText?: Record<string, { en: string; ko: string }>;
  training?: Record<string, unknown>;
  metrics?: Record<string, unknown>;
}

export class ManifestError extends Error {
  constructor(
    readonly model: string,
    readonly problems: string[],
  ) {
    super(`Image model ${model} refused: ${problems.join('; ')}`);
    this.name = 'ManifestError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPositiveInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Parses and validates a manifest; every problem is listed in one ManifestError. */
export function parseManifest(raw: unknown, where: string): ImageModelManifest {
  const problems: string[] = [];
  if (!isObject(raw)) throw new ManifestError(where, ['the manifest is not a JSON object']);
  const str = (key: string, v: unknown) => {
    if (typeof v !== 'string' || v.trim() === '') problems.push(`${key} must be a non-empty string`);
  };
  str('name', raw.name);
  str('version', raw.version);
  str('file', raw.file);
  if (typeof raw.file === 'string' && !/^[a-z0-9][a-z0-9._-]*\.onnx$/i.test(raw.file))
    problems.push('file must be a plain file name ending in .onnx, beside the manifest');
  if (raw.sha256 !== undefined && (typeof raw.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(raw.sha256)))
    problems.push('sha256 must be 64 lower-case hex digits');
  const input = raw.input;
  let channels = 0;
  if (!isObject(input)) problems.push('input must be an object');
  else {
    str('input.name', input.name);
    const shape = input.shape;
    if (!Array.isArray(shape) || shape.length !== 4 || !shape.every(isPositiveInt))
      problems.push('input.shape must be four positive integers [batch, channels, height, width]');
    else {
      channels = shape[1] as number;
      if ((shape[2] as number) > 1024 || (shape[3] as number) > 1024)
        problems.push('input.shape height and width must be at most 1024');
    }
    if (input.layout !== 'NCHW') problems.push('input.layout must be "NCHW"');
    if (input.dtype !== 'float32') problems.push('input.dtype must be "float32"');
    if (input.colour !== 'grayscale' && input.colour !== 'rgb')
      problems.push('input.colour must be "grayscale" or "rgb"');
    else if (channels && channels !== (input.colour === 'rgb' ? 3 : 1))
      problems.push(
        `input.colour ${input.colour} needs ${input.colour === 'rgb' ? 3 : 1} channel(s), shape has ${channels}`,
      );
    if (!['fill', 'contain', 'cover'].includes(input.resize as string))
      problems.push('input.resize must be "fill", "contain" or "cover"');
    const n = input.normalisation;
    if (!isObject(n) || !isFiniteNumber(n.scale) || !Array.isArray(n.mean) || !Array.isArray(n.std))
      problems.push('input.normalisation must be { scale, mean[], std[] }');
    else {
      if (!n.mean.every(isFiniteNumber) || !n.std.every((s) => isFiniteNumber(s) && s !== 0))
        problems.push('input.normalisation mean and std must be numbers (std not 0)');
      if (channels && (n.mean.length !== channels || n.std.length !== channels))
        problems.push(`input.normalisation mean and std need one value per channel (${channels})`);
    }
  }
  const output = raw.output;
  if (!isObject(output)) problems.push('output must be an object');
  else {
    str('output.name', output.name);
    if (output.activation !== 'softmax' && output.activation !== 'none')
      problems.push('output.activation must be "softmax" or "none"');
  }
  const labels = raw.labels;
  if (!Array.isArray(labels) || labels.length < 2 || !labels.every((l) => typeof l === 'string' && l !== ''))
    problems.push('labels must list at least two non-empty strings');
  else if (new Set(labels).size !== labels.length) problems.push('labels must be distinct');
  const usable = raw.usableLabels ?? ['OK'];
  if (!Array.isArray(usable) || usable.length === 0) problems.push('usableLabels must be a non-empty list');
  else if (Array.isArray(labels))
    for (const u of usable)
      if (!labels.includes(u)) problems.push(`usableLabels names "${String(u)}", which is not a label`);
  if (problems.length > 0) throw new ManifestError(where, problems);
  return { ...(raw as unknown as ImageModelManifest), usableLabels: usable as string[] };
}

/** What an ONNX session says about itself (onnxruntime's inputMetadata/outputMetadata, narrowed). */
export interface SessionSignature {
  inputs: { name: string; type?: string; shape?: readonly (number | string)[] }[];
  outputs: { name: string; type?: string; shape?: readonly (number | string)[] }[];
}

/**
 * The manifest against the model it describes: its input exists with that element type and shape (symbolic
 * dimensions accept any size), its output exists and, when fixed, has one value per label. Returns the
 * problems (empty when they agree).
 */
export function checkAgainstSession(m: ImageModelManifest, s: SessionSignature): string[] {
  const problems: string[] = [];
  if (s.inputs.length !== 1)
    problems.push(
      `the model has ${s.inputs.length} inputs (${s.inputs.map((i) => i.name).join(', ')}); one image input is supported`,
    );
  const input = s.inputs.find((i) => i.name === m.input.name);
  if (!input)
    problems.push(
      `the model has no input "${m.input.name}" (it has ${s.inputs.map((i) => i.name).join(', ') || 'none'})`,
    );
  else {
    if (input.type && input.type !== m.input.dtype)
      problems.push(`input "${input.name}" is ${input.type}, the manifest says ${m.input.dtype}`);
    if (input.shape && input.shape.length > 0) {
      if (input.shape.length !== 4)
        problems.push(`input "${input.name}" has rank ${input.shape.length}, the manifest says 4 (NCHW)`);
      else
        input.shape.forEach((dim, i) => {
          if (i > 0 && typeof dim === 'number' && dim > 0 && dim !== m.input.shape[i])
            problems.push(
              `input "${input.name}" is [${input.shape!.join(', ')}], the manifest says [${m.input.shape.join(', ')}]`,
            );
        });
    }
  }
  const output = s.outputs.find((o) => o.name === m.output.name);
  if (!output)
    problems.push(
      `the model has no output "${m.output.name}" (it has ${s.outputs.map((o) => o.name).join(', ') || 'none'})`,
    );
  else if (output.shape && output.shape.length === 2) {
    const classes = output.shape[1];
    if (typeof classes === 'number' && classes > 0 && classes !== m.labels.length)
      problems.push(
        `output "${output.name}" has ${classes} classes, the manifest lists ${m.labels.length} labels`,
      );
  }
  return [...new Set(problems)];
}

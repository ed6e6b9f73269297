// Image bytes → the model's input tensor, with sharp (libvips): the header is read first and refused when the
// image is too big to decode within bounds; decoding then streams (sequentialRead), is capped by
// limitInputPixels as a backstop, and shrinks on load where the format allows (JPEG). sharp works on libuv's
// thread pool, so none of this blocks the event loop.
import sharp from 'sharp';
import { ImageRefused } from './image-errors';
import type { ImageModelManifest } from './manifest';

export type ImageFormat = 'image/png' | 'image/jpeg';

export interface ImageLimits {
  maxBytes: number;
  /** Longest side accepted, in pixels. */
  maxSide: number;
  /** Most pixels a decode may produce (width × height). */
  maxPixels: number;
}

const SIGNATURES: readonly { type: ImageFormat; bytes: readonly number[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The image format of the bytes, or null. */
export function sniffImage(head: Uint8Array): ImageFormat | null {
  for (const { type, bytes } of SIGNATURES)
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return type;
  return null;
}

/**
 * The accepted format: the bytes must be PNG or JPEG, and a declared type other than a generic one must name
 * the same format.
 */
export function checkImageType(bytes: Uint8Array, declared: string | undefined): ImageFormat {
  const sniffed = sniffImage(bytes.subarray(0, 16));
  const claim = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (!sniffed)
    throw new ImageRefused(
      'NOT_AN_IMAGE',
      `Not a PNG or JPEG image (recognised by content${claim ? `; declared ${claim}` : ''})`,
    );
  const generic = claim === '' || claim === 'application/octet-stream';
  const alias = claim === 'image/jpg' || claim === 'image/pjpeg' ? 'image/jpeg' : claim;
  if (!generic && alias !== sniffed)
    throw new ImageRefused('CONTENT_TYPE_MISMATCH', `Declared ${claim}, but the bytes are ${sniffed}`);
  return sniffed;
}

const TRUNCATED =
  /premature end|truncat|unexpected end|end of (?:input|file|stream|data)|not enough (?:data|image data)|read error|short read|incomplete/i;

function decodeError(error: unknown): ImageRefused {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message))
    return new ImageRefused('DECOMPRESSION_BOMB', 'The image would decode to more pixels than allowed');
  if (TRUNCATED.test(message)) return new ImageRefused('TRUNCATED_IMAGE', 'The image file is truncated');
  return new ImageRefused('CORRUPT_IMAGE', 'The image could not be decoded');
}

export interface PreparedImage {
  format: ImageFormat;
  width: number;
  height: number;
  /** NCHW float32, normalised as the manifest says. */
  tensor: Float32Array;
}

/** Header checks: dimensions and pixel count, before a pixel is decoded. */
export async function readHeader(
  bytes: Buffer,
  limits: ImageLimits,
): Promise<{ width: number; height: number }> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw decodeError(error);
  }
  const { width, height } = meta;
  if (!width || !height) throw new ImageRefused('CORRUPT_IMAGE', 'The image header has no dimensions');
  if (width > limits.maxSide || height > limits.maxSide)
    throw new ImageRefused(
      'IMAGE_DIMENSIONS_TOO_LARGE',
      `The image is ${width} × ${height} pixels; at most ${limits.maxSide} pixels per side are accepted`,
    );
  if (width * height > limits.maxPixels)
    throw new ImageRefused(
      'DECOMPRESSION_BOMB',
      `The image would decode to ${width * height} pixels from ${bytes.length} bytes; at most ${limits.maxPixels} pixels are accepted`,
    );
  return { width, height };
}

/** Decodes, orients (EXIF), converts and resizes as the manifest says, and normalises into a tensor. */
export async function prepareImage(
  bytes: Buffer,
  format: ImageFormat,
  manifest: ImageModelManifest,
  limits: ImageLimits,
): Promise<PreparedImage> {
  const { width, height } = await readHeader(bytes, limits);
  const [, channels, h, w] = manifest.input.shape;
  let pixels: Buffer;
  try {
    let pipeline = sharp(bytes, {
      limitInputPixels: limits.maxPixels,
      sequentialRead: true,
      failOn: 'truncated',
    })
      .rotate()
      .flatten({ background: '#ffffff' });
    pipeline =
      manifest.input.colour === 'grayscale' ? pipeline.toColourspace('b-w') : pipeline.toColourspace('srgb');
    const out = await pipeline
      .resize(w, h, { fit: manifest.input.resize, kernel: 'linear', background: '#ffffff' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (out.info.channels !== channels || out.info.width !== w || out.info.height !== h)
      throw new Error(`unexpected decode ${out.info.width}×${out.info.height}×${out.info.channels}`);
    pixels = out.data;
  } catch (error) {
    throw decodeError(error);
  }
  return { format, width, height, tensor: toTensor(pixels, channels, h, w, manifest) };
}

/** HWC uint8 → NCHW float32: (value × scale − mean[c]) / std[c]. */
export function toTensor(
  pixels: Uint8Array,
  channels: number,
  h: number,
  w: number,
  manifest: Pick<ImageModelManifest, 'input'>,
): Float32Array {
  const { scale, mean, std } = manifest.input.normalisation;
  const plane = h * w;
  const tensor = new Float32Array(channels * plane);
  for (let c = 0; c < channels; c++) {
    const m = mean[c];
    const s = std[c];
    for (let i = 0; i < plane; i++) tensor[c * plane + i] = (pixels[i * channels + c] * scale - m) / s;
  }
  return tensor;
}

// Why an image was refused before it reached the model. Each refusal has a stable code (clients branch on it),
// an HTTP status for the upload routes, and nothing about the image is stored.

export const IMAGE_REFUSALS = {
  /** The bytes are not a PNG or JPEG (recognised by content, not by name or declared type). */
  NOT_AN_IMAGE: 415,
  /** The declared content type names another format than the bytes are. */
  CONTENT_TYPE_MISMATCH: 415,
  /** More bytes than IMAGE_MAX_BYTES. */
  IMAGE_TOO_LARGE: 413,
  /** A side longer than IMAGE_MAX_SIDE pixels (e.g. 20,000 × 20,000). */
  IMAGE_DIMENSIONS_TOO_LARGE: 413,
  /** More pixels than IMAGE_MAX_PIXELS, or far more pixels than bytes: it would inflate in memory. */
  DECOMPRESSION_BOMB: 413,
  /** The file ends before the image does. */
  TRUNCATED_IMAGE: 422,
  /** The header says image, the decoder disagrees. */
  CORRUPT_IMAGE: 422,
} as const;

export type ImageRefusalCode = keyof typeof IMAGE_REFUSALS;

export class ImageRefused extends Error {
  constructor(
    readonly code: ImageRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImageRefused';
  }

  get httpStatus(): number {
    return IMAGE_REFUSALS[this.code];
  }
}

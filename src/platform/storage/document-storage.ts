import type { Readable } from 'node:stream';

// Where uploaded documents' bytes live. The database keeps the metadata; the storage only bytes under a key
// the caller chose (never a client-supplied name). Writes are two-phase so the caller can check the content
// and record its metadata before the object becomes visible under its key.

export class ObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Object is larger than ${maxBytes} bytes`);
    this.name = 'ObjectTooLargeError';
  }
}

export interface StagedObject {
  readonly size: number;
  /** Hex SHA-256 of the bytes, computed while they streamed in. */
  readonly sha256: string;
  /** The first bytes (up to 16), for content sniffing. */
  readonly head: Buffer;
  /** The staged bytes (at most the stage's maxBytes), e.g. to inspect an image before it is committed. */
  read(): Promise<Buffer>;
  /** Makes the object visible under its key (atomic rename). */
  commit(): Promise<void>;
  /** Removes the staged bytes; safe to call more than once and after a failed commit. */
  discard(): Promise<void>;
}

export interface DocumentStorage {
  /**
   * Streams `source` into a staging area, hashing and counting as it goes. Rejects with ObjectTooLargeError
   * (and leaves nothing behind) as soon as more than `maxBytes` arrive; the source is then left unconsumed.
   */
  stage(key: string, source: Readable, opts: { maxBytes: number }): Promise<StagedObject>;
  /** A stream of a committed object, or null when there is none under the key. */
  open(key: string): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

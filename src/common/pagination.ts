import { isDateInRange } from './dates';
import { badInput } from './errors';
import { isUuid } from './global-id';

// Relay cursor pagination over a keyset. Pure: repositories fetch `limit + 1` rows in the requested
// direction and `toConnection` shapes the page.

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageRequest {
  direction: 'forward' | 'backward';
  limit: number;
  /** Decoded keyset of the cursor to start after (forward) or before (backward). */
  cursor?: unknown[];
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string; endCursor?: string };
}

export function encodeCursor(keys: unknown[]): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field: string): unknown[] {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(keys) && keys.length > 0) return keys;
  } catch {
    // fall through
  }
  throw badInput(field, 'is not a valid cursor');
}

/**
 * What each key of a connection's cursor is (its keyset's columns, in order). A cursor the client sends back is
 * checked against it before its keys reach SQL: a well-formed cursor of another list, or one made up — base64 of
 * `["x"]` — reached PostgreSQL as a timestamp or an integer and answered INTERNAL_SERVER_ERROR (round 28).
 */
export type CursorKey = 'instant' | 'date' | 'uuid' | 'int' | 'bigint' | 'won' | 'text';

const CURSOR_KEYS: Readonly<Record<CursorKey, (value: unknown) => boolean>> = {
  instant: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(v) &&
    isDateInRange(v.slice(0, 10)),
  date: (v) => typeof v === 'string' && isDateInRange(v),
  uuid: (v) => typeof v === 'string' && isUuid(v),
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 2_147_483_647,
  bigint: (v) => typeof v === 'string' && /^\d{1,18}$/.test(v),
  won: (v) => typeof v === 'string' && /^\d{1,15}$/.test(v),
  text: (v) => typeof v === 'string' && v.length <= 200,
};

/** Whether decoded cursor keys have the connection's shape. */
export const isCursorOf = (keys: readonly unknown[], shape: readonly CursorKey[]): boolean =>
  keys.length === shape.length && shape.every((kind, i) => CURSOR_KEYS[kind](keys[i]));

/**
 * The page a connection's arguments ask for. `shape`: the connection's cursor keys, checked on a cursor sent back
 * (a cursor that is not one of this list's is `BAD_USER_INPUT` at `after`/`before`, never a database error).
 */
export function toPageRequest(args: PageArgs, defaultSize = 20, shape?: readonly CursorKey[]): PageRequest {
  const request = pageRequestOf(args, defaultSize);
  if (shape && request.cursor && !isCursorOf(request.cursor, shape))
    throw badInput(args.after != null ? 'after' : 'before', 'is not a cursor of this list');
  return request;
}

function pageRequestOf(args: PageArgs, defaultSize: number): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput('first', 'cannot be combined with last');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(name, `must be between 0 and ${MAX_PAGE_SIZE}`);
    }
  }
  if (last != null || (before != null && first == null)) {
    if (after != null) throw badInput('after', 'cannot be combined with last/before');
    return {
      direction: 'backward',
      limit: last ?? defaultSize,
      cursor: before != null ? decodeCursor(before, 'before') : undefined,
    };
  }
  if (before != null) throw badInput('before', 'cannot be combined with first/after');
  return {
    direction: 'forward',
    limit: first ?? defaultSize,
    cursor: after != null ? decodeCursor(after, 'after') : undefined,
  };
}

/**
 * An edge whose cursor is encoded only when read: most pages never ask for their edges' cursors, and encoding one
 * (JSON + base64url) per row was a measurable share of a large page (issue 13).
 */
export class KeysetEdge<T> implements Edge<T> {
  private encoded?: string;

  constructor(
    private readonly keys: unknown[],
    readonly node: T,
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.keys));
  }
}

/** The same edge over another node (a page's rows mapped to their GraphQL type); the cursor stays lazy. */
export class MappedEdge<T> implements Edge<T> {
  constructor(
    private readonly edge: Edge<unknown>,
    readonly node: T,
  ) {}

  get cursor(): string {
    return this.edge.cursor;
  }
}

/** `rows` were fetched with limit + 1 in the request's direction (backward = reversed order). */
export function toConnection<R, T>(
  rows: R[],
  request: PageRequest,
  keysOf: (row: R) => unknown[],
  map: (row: R) => T,
): Connection<T> {
  const hasMore = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  if (request.direction === 'backward') page.reverse();
  const edges = page.map((row) => new KeysetEdge(keysOf(row), map(row)));
  return {
    edges,
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? hasMore : request.cursor !== undefined,
      hasPreviousPage: request.direction === 'backward' ? hasMore : request.cursor !== undefined,
      // Lazy like the edges' cursors: every nested connection (a page's loan schedules) has a pageInfo that
      // few clients read.
      get startCursor() {
        return edges[0]?.cursor;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor;
      },
    },
  };
}

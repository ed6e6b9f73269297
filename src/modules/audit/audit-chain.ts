import type { ChainedTable } from './audit.model';

// Pure verification of one hash chain: the rows as stored (with the digest the database recomputed from each row's
// content) against the chain's head. Names every row that was changed and every gap where rows were deleted.

export interface ChainHead {
  lastSeq: string;
  lastHash: string;
  /** The first kept row's number and the hash it links to (moved by retention purges). */
  anchorSeq: string;
  anchorHash: string;
}

export interface ChainRow {
  id: string;
  chainSeq: string;
  prevHash: string;
  rowHash: string;
  /** sha256(prev_hash || canonical content), recomputed now. */
  expected: string;
}

export interface ChainProblem {
  table: ChainedTable;
  kind: 'CHANGED' | 'DELETED' | 'RELINKED';
  /** The row that is wrong, or the first row after a gap (null: the gap is at the end). */
  id: string | null;
  message: string;
}

/** Walks a chain in batches: feed rows in chain order, then call end(). */
export class ChainVerifier {
  readonly problems: ChainProblem[] = [];
  private previous: ChainRow | undefined;
  rows = 0;

  constructor(
    private readonly table: ChainedTable,
    private readonly head: ChainHead,
  ) {}

  feed(row: ChainRow): void {
    this.rows += 1;
    const { table } = this;
    if (row.expected !== row.rowHash)
      this.problems.push({
        table,
        kind: 'CHANGED',
        id: row.id,
        message: `${table} row id=${row.id} (chain #${row.chainSeq}) was changed: its content no longer matches its hash`,
      });
    const expectedSeq = this.previous ? BigInt(this.previous.chainSeq) + 1n : BigInt(this.head.anchorSeq);
    const expectedPrev = this.previous ? this.previous.rowHash : this.head.anchorHash;
    if (BigInt(row.chainSeq) !== expectedSeq) {
      const missing =
        BigInt(row.chainSeq) - expectedSeq === 1n
          ? `#${expectedSeq}`
          : `#${expectedSeq}–#${BigInt(row.chainSeq) - 1n}`;
      this.problems.push({
        table,
        kind: 'DELETED',
        id: row.id,
        message: `${table} chain row(s) ${missing} deleted before row id=${row.id} (chain #${row.chainSeq})`,
      });
    } else if (row.prevHash !== expectedPrev) {
      this.problems.push({
        table,
        kind: 'RELINKED',
        id: row.id,
        message: this.previous
          ? `${table} row id=${row.id} (chain #${row.chainSeq}) does not link to row id=${this.previous.id}: ` +
            `one of them was changed or replaced`
          : `${table} row id=${row.id} (chain #${row.chainSeq}) does not link to the chain's anchor`,
      });
    }
    this.previous = row;
  }

  end(): ChainProblem[] {
    const lastSeq = this.previous ? BigInt(this.previous.chainSeq) : BigInt(this.head.anchorSeq) - 1n;
    if (lastSeq < BigInt(this.head.lastSeq)) {
      const from = lastSeq + 1n;
      const to = BigInt(this.head.lastSeq);
      this.problems.push({
        table: this.table,
        kind: 'DELETED',
        id: null,
        message:
          `${this.table} chain row(s) ${from === to ? `#${from}` : `#${from}–#${to}`} deleted at the end` +
          (this.previous ? ` (after row id=${this.previous.id})` : ''),
      });
    } else if (this.previous && this.previous.rowHash !== this.head.lastHash) {
      this.problems.push({
        table: this.table,
        kind: 'RELINKED',
        id: this.previous.id,
        message: `${this.table} row id=${this.previous.id} is not the chain's recorded head: it was replaced`,
      });
    }
    return this.problems;
  }
}

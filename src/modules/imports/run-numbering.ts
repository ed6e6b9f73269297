// Line numbers within a key (the n-th line of an invoice) counted while the file streams, so the merge needs no
// window over a sort of every staged row (1.2–2 s of a million-row sales merge, bench/README.md).
//
// The count is right only if each key's rows come as ONE run (all lines of an invoice together, as every export
// seen writes them). A key that comes back after another one is detected: the keys of finished runs are kept as
// 64-bit hashes in an open-addressing table (8 bytes a key, no per-key objects for the collector), and a new run
// whose key hashes like a finished one marks the numbering as not usable — the merge then numbers the lines in
// SQL as before. A hash collision can only cause that fallback, never a wrong number. Pure: no I/O.

const EMPTY = 0;
/** Stands for the null key (no text value is this). */
const NULL_KEY = '\u0000null';

/** The last key's two 32-bit FNV-1a style hashes (module scratch: no array per call); never both zero. */
let hashA = 0;
let hashB = 0;

function hash64(key: string): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  hashA = a >>> 0;
  hashB = b >>> 0 || (hashA === EMPTY ? 1 : 0);
}

/** A set of 64-bit hashes (two Uint32Arrays), grown at half full. */
class HashSet64 {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private size = 0;

  has(a: number, b: number): boolean {
    const mask = this.hi.length - 1;
    for (let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      const h = this.hi[i];
      const l = this.lo[i];
      if (h === EMPTY && l === EMPTY) return false;
      if (h === a && l === b) return true;
    }
  }

  add(a: number, b: number): void {
    if (this.has(a, b)) return;
    if ((this.size + 1) * 2 > this.hi.length) this.grow();
    this.put(a, b);
    this.size++;
  }

  private put(a: number, b: number): void {
    const mask = this.hi.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.hi[i] !== EMPTY || this.lo[i] !== EMPTY) i = (i + 1) & mask;
    this.hi[i] = a;
    this.lo[i] = b;
  }

  private grow(): void {
    const { hi, lo } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    for (let i = 0; i < hi.length; i++) if (hi[i] !== EMPTY || lo[i] !== EMPTY) this.put(hi[i], lo[i]);
  }
}

/** A slice of the file numbered on its own (parallel staging, parallel-stage.ts), as RunNumbering.join takes it. */
export interface NumberedSlice {
  /** Runs in the slice (0 when it kept no row). */
  runs: number;
  /** The two 32-bit hashes of each run's key, in order. */
  hashes: Uint32Array;
  first: string | null;
  /** Rows of the slice's first run. */
  firstRows: number;
  last: string | null;
  /** Rows of the slice's last run. */
  lastRows: number;
}

/** Numbers rows 1, 2, … within each run of equal keys, in the order `next` is called. */
export class RunNumbering {
  private key: string | null = null;
  private started = false;
  private n = 0;
  /** The current key's hashes. */
  private a = 0;
  private b = 0;
  private readonly finished = new HashSet64();
  private repeated = false;
  private runCount = 0;
  /** A slice's first run, once it ended (while it lasts: the current run). */
  private firstKey: string | null = null;
  private firstRows = -1;

  /**
   * @param hashes when given (a slice of the file numbered on its own), each run's key hashes are appended to it
   * (two numbers a run) instead of being checked here: `usable` then means nothing, the joining side checks them.
   */
  constructor(private readonly hashes?: number[]) {}

  /** The row's number within its key (call once per kept row, in file order). A null key is a key of its own. */
  next(key: string | null): number {
    if (this.started && key === this.key) return ++this.n;
    hash64(key ?? NULL_KEY);
    this.startRun(hashA, hashB);
    this.key = key;
    this.n = 1;
    return 1;
  }

  private startRun(a: number, b: number): void {
    this.runCount++;
    if (this.runCount === 2) {
      this.firstKey = this.key;
      this.firstRows = this.n;
    }
    if (this.hashes) {
      // A slice's numbering: the run's key is checked against the finished ones where the slices are joined.
      this.hashes.push(a, b);
      this.started = true;
      return;
    }
    if (this.started) this.finished.add(this.a, this.b);
    if (!this.repeated && this.finished.has(a, b)) this.repeated = true;
    this.a = a;
    this.b = b;
    this.started = true;
  }

  /** Runs started so far. */
  get runs(): number {
    return this.runCount;
  }

  /** The first run and the current (last) one: their keys and rows so far. */
  get slice(): { first: { key: string | null; rows: number }; last: { key: string | null; rows: number } } {
    const last = { key: this.key, rows: this.n };
    return { first: this.firstRows < 0 ? last : { key: this.firstKey, rows: this.firstRows }, last };
  }

  /**
   * Continues the count with the runs of a slice numbered on its own, as if its rows had come through `next`.
   * Returns how much the numbers of the slice's first run must be raised: the rows the run had before the slice
   * when the slice continues it, else 0.
   */
  join(slice: NumberedSlice): number {
    if (slice.runs === 0) return 0;
    const continues = this.started && slice.first === this.key;
    const offset = continues ? this.n : 0;
    for (let k = continues ? 1 : 0; k < slice.runs; k++)
      this.startRun(slice.hashes[2 * k], slice.hashes[2 * k + 1]);
    this.n = continues && slice.runs === 1 ? offset + slice.firstRows : slice.lastRows;
    this.key = slice.last;
    return offset;
  }
  /**
   * True when every key came as one run, so the numbers equal row_number() OVER (PARTITION BY key ORDER BY line);
   * false when a key may have come back (the numbers must not be used).
   */
  get usable(): boolean {
    return !this.repeated;
  }
}

// Seeded pseudo-random numbers for synthetic data. Pure: no I/O, no clock, no Math.random.
//
// Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-clean, 128-bit state),
// seeded from the seed string with cyrb128 (a 128-bit string hash). `fork(label)` derives a child from the
// *seed path* ("root/customers"), not from the parent's state, so a stream's output never depends on how
// much any other stream has been used: adding a later seed part leaves every earlier part's rows unchanged.

export type WeightedPairs<T> = readonly (readonly [T, number])[];

/** 128-bit hash of a string as four 32-bit words (cyrb128, public domain). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const TWO_POW_32 = 4294967296;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Prefer `createRng(seed)`; the seed string is kept so that forks can derive their own seeds. */
  constructor(readonly seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    // Discard the first outputs: sfc32 needs a few rounds to mix a fresh state.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** An independent stream named `label` under this one; the same path always yields the same stream. */
  fork(label: string): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  float(): number {
    return this.uint32() / TWO_POW_32;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`int(${min}, ${max}): bounds must be integers with min <= max`);
    }
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty array');
    return items[Math.floor(this.float() * items.length)];
  }

  /** One value, chosen with probability proportional to its weight (weights need not sum to 1). */
  weighted<T>(pairs: WeightedPairs<T>): T {
    let total = 0;
    for (const [, w] of pairs) {
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weighted(): bad weight ${w}`);
      total += w;
    }
    if (total <= 0) throw new RangeError('weighted(): the weights sum to zero');
    let r = this.float() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    // Floating-point leftovers land on the last positive weight.
    for (let i = pairs.length - 1; ; i--) if (pairs[i][1] > 0) return pairs[i][0];
  }

  /** Normal deviate (Box–Muller). Always consumes exactly two draws, which keeps streams easy to reason about. */
  normal(mean = 0, sd = 1): number {
    const u1 = 1 - this.float(); // (0, 1]: log(0) must not happen
    const u2 = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Log-normal deviate with the given median (= e^μ) and σ of the underlying normal. */
  logNormal(median: number, sigma: number): number {
    if (!(median > 0)) throw new RangeError(`logNormal(): median must be positive, got ${median}`);
    return median * Math.exp(sigma * this.normal());
  }
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return (
    HEX_BYTES[n >>> 24] + HEX_BYTES[(n >>> 16) & 0xff] + HEX_BYTES[(n >>> 8) & 0xff] + HEX_BYTES[n & 0xff]
  );
}

/** 128 random bits as an RFC 4122 version-4 UUID, so ids are as reproducible as the rest of a row. */
export function randomUuid(rng: Rng): string {
  const a = hex32(rng.uint32());
  const b = hex32((rng.uint32() & 0xffff0fff) | 0x00004000); // version 4
  const c = hex32((rng.uint32() & 0x3fffffff) | 0x80000000); // RFC 4122 variant
  const d = hex32(rng.uint32());
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

export function createRng(seed: string): Rng {
  return new Rng(seed);
}

export interface ExpiringSlot<V> {
  value: V;
  /** Clock time (ms) at which the slot disappears; undefined = never. */
  expiresAt?: number;
}

/**
 * A Map whose entries expire on an injectable clock: expired entries are dropped when touched and by a periodic
 * sweep (unref'd, so it never keeps the process alive). Shared by the in-memory cache and token streams.
 */
export class ExpiringMap<V> {
  private readonly slots = new Map<string, ExpiringSlot<V>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    readonly now: () => number = Date.now,
    sweepIntervalMs = 60_000,
  ) {
    this.sweeper = setInterval(() => this.sweep(), sweepIntervalMs).unref();
  }

  /** The live slot for key, mutable in place (value and expiresAt). */
  slot(key: string): ExpiringSlot<V> | undefined {
    const slot = this.slots.get(key);
    if (slot && this.expired(slot)) {
      this.slots.delete(key);
      return undefined;
    }
    return slot;
  }

  get(key: string): V | undefined {
    return this.slot(key)?.value;
  }

  /** Replaces value and TTL, like Redis SET [EX]. */
  set(key: string, value: V, ttlMs?: number): ExpiringSlot<V> {
    const slot: ExpiringSlot<V> = { value, expiresAt: ttlMs === undefined ? undefined : this.now() + ttlMs };
    this.slots.set(key, slot);
    return slot;
  }

  delete(key: string): void {
    this.slots.delete(key);
  }

  /** Remaining ms, or undefined when the key is absent or never expires. */
  ttlMs(key: string): number | undefined {
    const expiresAt = this.slot(key)?.expiresAt;
    return expiresAt === undefined ? undefined : expiresAt - this.now();
  }

  get size(): number {
    return this.slots.size;
  }

  sweep(): void {
    for (const [key, slot] of this.slots) if (this.expired(slot)) this.slots.delete(key);
  }

  close(): void {
    clearInterval(this.sweeper);
    this.slots.clear();
  }

  private expired(slot: ExpiringSlot<V>): boolean {
    return slot.expiresAt !== undefined && slot.expiresAt <= this.now();
  }
}

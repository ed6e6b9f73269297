import type { RequestContext } from '../../common/context';
import type { PubSub } from '../../platform/pubsub/pubsub';
import type { FaqCatalogueSnapshot } from './faq.model';
import type { FaqRepository } from './faq.repository';

/** Pub/sub topic a change publishes: `{ version }` of the catalogue after it. */
export const FAQ_CATALOGUE_CHANGED = 'faq.catalogueChanged';

export interface FaqCatalogueOptions {
  /**
   * How long a cached catalogue is trusted without asking the database for its version (one tiny statement).
   * Pub/sub is at-most-once: this bounds how long a replica that missed an invalidation can stay behind.
   */
  recheckSeconds: number;
}

interface Cached {
  version: number;
  snapshot: Promise<FaqCatalogueSnapshot>;
  checkedAt: number;
}

/**
 * The active FAQ entries and intent phrases, cached per process by catalogue version. A change on any replica
 * publishes FAQ_CATALOGUE_CHANGED (Redis pub/sub in services mode, in-memory embedded); every replica drops an
 * older cached version and reloads on its next read, so all replicas answer from the new catalogue at once,
 * without a restart. The version is also re-read after `recheckSeconds` in case a message was lost.
 */
export class FaqCatalogue {
  private cached: Cached | null = null;

  constructor(
    private readonly repository: FaqRepository,
    private readonly pubsub: PubSub,
    private readonly options: FaqCatalogueOptions,
    private readonly clock: () => number = Date.now,
  ) {
    void (async () => {
      for await (const event of this.pubsub.subscribe(FAQ_CATALOGUE_CHANGED)) {
        const version = (event as { version?: unknown })?.version;
        if (typeof version === 'number') this.forgetOlderThan(version);
      }
    })().catch(() => undefined);
  }

  /** The catalogue as of its newest version this process knows of. */
  async snapshot(ctx: RequestContext): Promise<FaqCatalogueSnapshot> {
    const now = this.clock();
    const cached = this.cached;
    if (cached && now - cached.checkedAt < this.options.recheckSeconds * 1000) return cached.snapshot;
    if (cached) {
      const version = await this.repository.catalogueVersion(ctx);
      if (version === cached.version && this.cached === cached) {
        cached.checkedAt = now;
        return cached.snapshot;
      }
    }
    return this.load(ctx);
  }

  /** After a committed change on this replica: forget the older version here and tell the other replicas. */
  changed(version: number): void {
    this.forgetOlderThan(version);
    this.pubsub.publish(FAQ_CATALOGUE_CHANGED, { version });
  }

  private forgetOlderThan(version: number): void {
    if (this.cached && this.cached.version < version) this.cached = null;
  }

  private load(ctx: RequestContext): Promise<FaqCatalogueSnapshot> {
    // The version is read first: rows newer than it only make the snapshot fresher, and the change that made them
    // publishes a newer version, which drops this snapshot (a load in flight counts as version -1).
    const snapshot = (async () => {
      const version = await this.repository.catalogueVersion(ctx);
      const entries = await this.repository.entries(ctx, true);
      const phrases = await this.repository.phrases(ctx, true, null);
      return { version, entries, phrases };
    })();
    const entry: Cached = { version: -1, snapshot, checkedAt: this.clock() };
    this.cached = entry;
    snapshot.then(
      (s) => {
        if (this.cached === entry) entry.version = s.version;
      },
      () => {
        if (this.cached === entry) this.cached = null;
      },
    );
    return snapshot;
  }
}

import { loaders, RequestContext } from '../../../common/context';
import { loadAnomalyModel } from '../anomaly';
import { loadSupervisedModel } from '../fraud-model';
import { parseClusterModel } from '../clusters/kmeans';
import { CustomerVectorRow, InsightsRepository, ModelVersionRow } from '../insights.repository';
import { ModelKind, ModelVersion, ParamsOf } from './model-kinds';

// Requests read the newest version of each kind: one small statement per request names the versions
// (so a refit on any process or worker is seen by the next request everywhere), and the params of a version
// — immutable once written — are parsed once per process and cached by id. When a newer version of a kind
// appears, the older one's cached params (and neighbour vectors) are dropped.

type Latest = Map<ModelKind, Omit<ModelVersionRow, 'params'>>;

export class InsightModelStore {
  private readonly params = new Map<string, Promise<unknown>>();
  private readonly vectorsById = new Map<string, Promise<CustomerVectorRow[]>>();
  private readonly current = new Map<ModelKind, string>();

  constructor(private readonly repository: InsightsRepository) {}

  /** The newest stored version of a kind, or null (the caller then uses the documented default and says so). */
  async active<K extends ModelKind>(ctx: RequestContext, kind: K): Promise<ModelVersion<K> | null> {
    const scope = loaders(ctx, latestScope);
    scope.latest ??= this.repository
      .latestVersions(ctx)
      .then((rows) => new Map(rows.map((r) => [r.kind, r])) as Latest);
    const row = (await scope.latest).get(kind);
    if (!row) return null;
    this.noteCurrent(kind, row.id);
    let params = this.params.get(row.id);
    if (!params) {
      params = this.repository.versionParams(ctx, row.id).then((p) => parseParams(kind, p));
      params.catch(() => this.params.delete(row.id));
      this.params.set(row.id, params);
    }
    return { ...row, kind, params: (await params) as ParamsOf[K] };
  }

  /** Standardised vectors of every customer in a CLUSTERS version (cached per process, like params). */
  vectors(ctx: RequestContext, modelId: string): Promise<CustomerVectorRow[]> {
    let v = this.vectorsById.get(modelId);
    if (!v) {
      v = this.repository.vectors(ctx, modelId);
      v.catch(() => this.vectorsById.delete(modelId));
      this.vectorsById.set(modelId, v);
    }
    return v;
  }

  /** Forget everything cached (after a refit in this process; other processes notice the new id). */
  invalidate(): void {
    this.params.clear();
    this.vectorsById.clear();
    this.current.clear();
  }

  private noteCurrent(kind: ModelKind, id: string): void {
    const before = this.current.get(kind);
    if (before === id) return;
    if (before !== undefined) {
      this.params.delete(before);
      this.vectorsById.delete(before);
    }
    this.current.set(kind, id);
  }
}

function parseParams(kind: ModelKind, raw: unknown): unknown {
  // Models that carry their own content hash are checked on load (a tampered row fails loudly).
  if (kind === 'CLUSTERS') {
    const p = raw as ParamsOf['CLUSTERS'];
    return { ...p, model: parseClusterModel(JSON.stringify(p.model)) };
  }
  if (kind === 'ISOLATION_FOREST') return loadAnomalyModel(raw);
  if (kind === 'FRAUD_SUPERVISED') return loadSupervisedModel(raw);
  return raw;
}

const latestScope = (): { latest?: Promise<Latest> } => ({});

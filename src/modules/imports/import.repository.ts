import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import { ImportEntity, ImportErrorEntity, UploadEntity } from './import.entity';

// All import SQL outside the job. Always on ctx.manager.

export interface ImportListFilter {
  targets?: string[];
  statuses?: string[];
}

export class ImportRepository {
  findUpload(ctx: RequestContext, id: string): Promise<UploadEntity | null> {
    return ctx.manager.getRepository(UploadEntity).findOneBy({ id });
  }

  async insertUpload(
    ctx: RequestContext,
    data: Omit<UploadEntity, 'id' | 'createdAt'>,
    now: Date,
  ): Promise<UploadEntity> {
    const repo = ctx.manager.getRepository(UploadEntity);
    return repo.save(repo.create({ ...data, createdAt: now }));
  }

  findById(ctx: RequestContext, id: string): Promise<ImportEntity | null> {
    return ctx.manager.getRepository(ImportEntity).findOneBy({ id });
  }

  findLive(
    ctx: RequestContext,
    sha256: string,
    target: string,
    mappingKey: string,
  ): Promise<ImportEntity | null> {
    return ctx.manager
      .getRepository(ImportEntity)
      .createQueryBuilder('i')
      .where('i.sha256 = :sha256 AND i.target = :target AND i.mapping_key = :mappingKey', {
        sha256,
        target,
        mappingKey,
      })
      .andWhere(`i.status <> 'FAILED'`)
      .getOne();
  }

  /** Inserts a QUEUED import; false when a live import of the same file, target and mapping exists. */
  async insertImport(
    ctx: RequestContext,
    d: Pick<
      ImportEntity,
      | 'id'
      | 'uploadId'
      | 'fileName'
      | 'target'
      | 'sha256'
      | 'mapping'
      | 'mappingKey'
      | 'options'
      | 'createdBy'
      | 'createdAt'
    >,
  ): Promise<boolean> {
    const rows = (await ctx.manager.query(
      `INSERT INTO data_import (id, upload_id, file_name, target, sha256, mapping, mapping_key, options, status, phase, created_by, created_at)
       VALUES ($1, $2, $10, $3, $4, $5, $6, $7, 'QUEUED', 'QUEUED', $8, $9)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        d.id,
        d.uploadId,
        d.target,
        d.sha256,
        JSON.stringify(d.mapping),
        d.mappingKey,
        JSON.stringify(d.options),
        d.createdBy,
        d.createdAt,
        d.fileName,
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  private filtered(ctx: RequestContext, filter: ImportListFilter) {
    const q = ctx.manager.getRepository(ImportEntity).createQueryBuilder('i');
    if (filter.targets?.length) q.andWhere('i.target = ANY(:targets)', { targets: filter.targets });
    if (filter.statuses?.length) q.andWhere('i.status = ANY(:statuses)', { statuses: filter.statuses });
    return q;
  }

  /** Newest first, keyset on (created_at, id). */
  page(ctx: RequestContext, filter: ImportListFilter, page: PageRequest): Promise<ImportEntity[]> {
    const q = this.filtered(ctx, filter);
    const forward = page.direction === 'forward';
    if (page.cursor) {
      const [createdAt, id] = page.cursor as [string, string];
      q.andWhere(`(i.created_at, i.id) ${forward ? '<' : '>'} (:createdAt::timestamptz, :id::uuid)`, {
        createdAt,
        id,
      });
    }
    const dir = forward ? 'DESC' : 'ASC';
    return q
      .orderBy('i.created_at', dir)
      .addOrderBy('i.id', dir)
      .limit(page.limit + 1)
      .getMany();
  }

  count(ctx: RequestContext, filter: ImportListFilter): Promise<number> {
    return this.filtered(ctx, filter).getCount();
  }

  errors(ctx: RequestContext, importId: string, limit: number): Promise<ImportErrorEntity[]> {
    return ctx.manager
      .getRepository(ImportErrorEntity)
      .createQueryBuilder('e')
      .where('e.import_id = :importId', { importId })
      .orderBy('e.line', 'ASC', 'NULLS FIRST')
      .addOrderBy('e.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  latestSucceeded(ctx: RequestContext, target: string): Promise<ImportEntity | null> {
    return ctx.manager
      .getRepository(ImportEntity)
      .createQueryBuilder('i')
      .where(`i.target = :target AND i.status = 'SUCCEEDED'`, { target })
      .orderBy('i.finished_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(1)
      .getOne();
  }
}

export function importCursorKeys(i: ImportEntity): [string, string] {
  return [i.createdAt.toISOString(), i.id];
}

import type { RequestContext } from '../../common/context';
import { ImageAnalysisEntity, ImageAssessmentEntity } from './images.entity';

export interface VerdictCount {
  source: 'REFINANCE_DOCUMENT' | 'STAFF_ANALYSIS';
  label: string;
  usable: boolean;
  count: number;
}

export class ImagesRepository {
  findAssessment(ctx: RequestContext, sha256: string, modelName: string, modelVersion: string) {
    return ctx.manager.getRepository(ImageAssessmentEntity).findOneBy({ sha256, modelName, modelVersion });
  }

  assessmentsByIds(ctx: RequestContext, ids: readonly string[]) {
    return ctx.manager
      .getRepository(ImageAssessmentEntity)
      .createQueryBuilder('a')
      .where('a.id = ANY(:ids)', { ids })
      .getMany();
  }

  /**
   * Inserts the assessment unless the same bytes were already scored by this model version (a concurrent
   * upload on another replica), and returns the stored row either way.
   */
  async saveAssessment(ctx: RequestContext, row: ImageAssessmentEntity): Promise<ImageAssessmentEntity> {
    await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(ImageAssessmentEntity)
      .values(row)
      .orIgnore()
      .execute();
    return (await this.findAssessment(ctx, row.sha256, row.modelName, row.modelVersion))!;
  }

  async insertAnalysis(ctx: RequestContext, row: ImageAnalysisEntity): Promise<ImageAnalysisEntity> {
    await ctx.manager.getRepository(ImageAnalysisEntity).insert(row);
    return row;
  }

  latestAnalysis(ctx: RequestContext) {
    return ctx.manager
      .getRepository(ImageAnalysisEntity)
      .createQueryBuilder('x')
      .orderBy('x.uploaded_at', 'DESC')
      .addOrderBy('x.id', 'DESC')
      .limit(1)
      .getOne();
  }

  /** Verdicts of stored images: refinance documents (by their bytes' assessment) and staff analyses. */
  async verdictCounts(ctx: RequestContext): Promise<VerdictCount[]> {
    const rows: { source: VerdictCount['source']; label: string; usable: boolean; count: string }[] =
      await ctx.manager.query(
        `SELECT r.source, a.label, a.usable, count(*) AS count
           FROM (SELECT image_assessment_id AS id, 'REFINANCE_DOCUMENT' AS source
                   FROM refinance_document WHERE image_assessment_id IS NOT NULL
                 UNION ALL
                 SELECT assessment_id, 'STAFF_ANALYSIS' FROM image_analysis) r
           JOIN image_assessment a ON a.id = r.id
          GROUP BY r.source, a.label, a.usable
          ORDER BY r.source, count(*) DESC, a.label`,
      );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }
}

import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import { ForecastEntity, IndicatorObservationEntity, IndicatorSeriesEntity } from './indicator.entity';
import type { IndicatorDefinition, Observation } from './indicator-files';

// All indicator and forecast SQL, on ctx.manager.

export class IndicatorRepository {
  findByCode(ctx: RequestContext, code: string): Promise<IndicatorSeriesEntity | null> {
    return ctx.manager.getRepository(IndicatorSeriesEntity).findOneBy({ code });
  }

  /** Page of series ordered by code (keyset: code). */
  page(ctx: RequestContext, request: PageRequest): Promise<IndicatorSeriesEntity[]> {
    const forward = request.direction === 'forward';
    const q = ctx.manager
      .getRepository(IndicatorSeriesEntity)
      .createQueryBuilder('s')
      .orderBy('s.code', forward ? 'ASC' : 'DESC')
      .limit(request.limit + 1);
    if (request.cursor) q.where(`s.code ${forward ? '>' : '<'} :code`, { code: String(request.cursor[0]) });
    return q.getMany();
  }

  count(ctx: RequestContext): Promise<number> {
    return ctx.manager.getRepository(IndicatorSeriesEntity).count();
  }

  /** The series row, created if missing, locked for the rest of the transaction. */
  async lockOrCreate(
    ctx: RequestContext,
    definition: IndicatorDefinition,
    contentHash: string,
    now: Date,
  ): Promise<{ series: IndicatorSeriesEntity; created: boolean }> {
    const inserted = (await ctx.manager.query(
      `INSERT INTO indicator_series (code, name, unit, frequency, source, licence, content_hash, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        definition.code,
        definition.name,
        definition.unit,
        definition.frequency,
        definition.source,
        definition.licence,
        contentHash,
        now,
      ],
    )) as { id: string }[];
    const series = await ctx.manager
      .getRepository(IndicatorSeriesEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.code = :code', { code: definition.code })
      .getOneOrFail();
    return { series, created: inserted.length > 0 };
  }

  async replaceObservations(ctx: RequestContext, seriesId: string, observations: readonly Observation[]) {
    await ctx.manager.query(`DELETE FROM indicator_observation WHERE series_id = $1`, [seriesId]);
    await ctx.manager.query(
      `INSERT INTO indicator_observation (series_id, period, value)
       SELECT $1, unnest($2::date[]), unnest($3::numeric[])`,
      [seriesId, observations.map((o) => o.period), observations.map((o) => o.value)],
    );
  }

  async updateSeries(
    ctx: RequestContext,
    id: string,
    changes: Partial<IndicatorSeriesEntity>,
  ): Promise<void> {
    await ctx.manager.getRepository(IndicatorSeriesEntity).update({ id }, changes);
  }

  /** Observations in period order; with `last`, only the latest n. */
  async observations(
    ctx: RequestContext,
    seriesId: string,
    last?: number,
  ): Promise<IndicatorObservationEntity[]> {
    const q = ctx.manager
      .getRepository(IndicatorObservationEntity)
      .createQueryBuilder('o')
      .where('o.series_id = :seriesId', { seriesId })
      .orderBy('o.period', 'DESC');
    if (last !== undefined) q.limit(last);
    return (await q.getMany()).reverse();
  }

  /** The latest `last` observations of each series, in period order. */
  async latestObservations(
    ctx: RequestContext,
    seriesIds: readonly string[],
    last: number,
  ): Promise<IndicatorObservationEntity[]> {
    const rows = (await ctx.manager.query(
      `SELECT series_id, to_char(period, 'YYYY-MM-DD') AS period, value::text AS value FROM (
         SELECT o.*, row_number() OVER (PARTITION BY series_id ORDER BY period DESC) AS rn
         FROM indicator_observation o WHERE series_id = ANY($1)
       ) x WHERE rn <= $2 ORDER BY series_id, period`,
      [seriesIds, last],
    )) as { series_id: string; period: string; value: string }[];
    return rows.map((r) => ({ seriesId: r.series_id, period: r.period, value: r.value }));
  }

  findForecast(
    ctx: RequestContext,
    key: Pick<ForecastEntity, 'seriesId' | 'seriesVersion' | 'method' | 'horizon'>,
  ): Promise<ForecastEntity | null> {
    return ctx.manager.getRepository(ForecastEntity).findOneBy(key);
  }

  /** Stores a fitted forecast; a concurrent replica that stored the same key first wins. */
  async saveForecast(ctx: RequestContext, forecast: ForecastEntity): Promise<void> {
    await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(ForecastEntity)
      .values(forecast)
      .orIgnore()
      .execute();
  }
}

import { ReportingPeriod, requireIsoWeek, requireUuid } from '@leerkring/domain';
import type { DataSource } from 'typeorm';
import { WeeklyLogCorrectionEntity, WeeklyLogEntity } from './weekly-log.entities';

/** Hours logged for one region (`null`: national ambassadors) in one quarter. */
export interface RegionQuarterHours {
  readonly regionId: string | null;
  readonly reportingPeriodId: string;
  readonly hours: number;
  /** Logged weeks (one per ambassador per week). */
  readonly weeksLogged: number;
  readonly ambassadors: number;
}

export interface HoursFilter {
  readonly regionIds?: readonly string[] | null;
  readonly reportingPeriodIds?: readonly string[] | null;
}

/** Reads of the weekly-logs read model. */
export class WeeklyLogQueries {
  constructor(private readonly db: DataSource) {}

  /** The ambassador's weeks from `fromWeek` to `toWeek` (inclusive), oldest first. */
  async forAmbassador(ambassadorId: string, fromWeek: string, toWeek: string): Promise<WeeklyLogEntity[]> {
    const id = requireUuid('ambassadorId', ambassadorId);
    // `YYYY-Www` sorts as text, as long as both bounds are in that format: checked here.
    const from = requireIsoWeek('fromWeek', fromWeek);
    const to = requireIsoWeek('toWeek', toWeek);
    return this.db.getRepository(WeeklyLogEntity).createQueryBuilder('w')
      .where('w.ambassadorId = :id', { id })
      .andWhere('w.week BETWEEN :from AND :to', { from, to })
      .orderBy('w.week', 'ASC')
      .getMany();
  }

  /**
   * Corrections made after their quarter was closed (of one quarter, when given), in the order
   * they were recorded: the figures VNG already reported changed by these.
   */
  async lateCorrections(reportingPeriodId?: string | null): Promise<WeeklyLogCorrectionEntity[]> {
    const qb = this.db.getRepository(WeeklyLogCorrectionEntity).createQueryBuilder('c').where('c.late = true');
    if (reportingPeriodId !== undefined && reportingPeriodId !== null) {
      const period = ReportingPeriod.requireReportingPeriodId('reportingPeriodId', reportingPeriodId);
      qb.andWhere('c.reportingPeriodId = :period', { period });
    }
    return qb.orderBy('c.correctedAt', 'ASC').addOrderBy('c.ambassadorId', 'ASC').addOrderBy('c.revision', 'ASC').getMany();
  }

  /** Hours per region and quarter as the weeks hold them now (corrections included). */
  async hoursByRegionAndQuarter(filter: HoursFilter = {}): Promise<RegionQuarterHours[]> {
    const qb = this.db.getRepository(WeeklyLogEntity).createQueryBuilder('w')
      .select('w.regionId', 'regionId')
      .addSelect('w.reportingPeriodId', 'reportingPeriodId')
      .addSelect('sum(w.hours)::float8', 'hours')
      .addSelect('count(*)::int', 'weeksLogged')
      .addSelect('count(DISTINCT w.ambassadorId)::int', 'ambassadors')
      .groupBy('w.regionId')
      .addGroupBy('w.reportingPeriodId');
    if (filter.regionIds && filter.regionIds.length > 0) {
      qb.andWhere('w.regionId = ANY(CAST(:regionIds AS text[]))', { regionIds: [...filter.regionIds] });
    }
    if (filter.reportingPeriodIds && filter.reportingPeriodIds.length > 0) {
      qb.andWhere('w.reportingPeriodId = ANY(CAST(:periods AS text[]))', { periods: [...filter.reportingPeriodIds] });
    }
    const rows = await qb
      .orderBy('w.reportingPeriodId', 'ASC')
      .addOrderBy('w.regionId', 'ASC', 'NULLS LAST')
      .getRawMany<RegionQuarterHours>();
    return rows.map((row) => ({
      regionId: row.regionId, reportingPeriodId: row.reportingPeriodId, hours: Number(row.hours),
      weeksLogged: Number(row.weeksLogged), ambassadors: Number(row.ambassadors),
    }));
  }
}

import { In, type DataSource } from 'typeorm';
import { alignByKey, distinct, groupByKey } from '../shared/batch-loading';
import {
  MunicipalityEntity, RegionEntity, SupportPeriodEntity, TransformationPlanEntity,
} from './region.entities';

/** Reads of the regions read model. Methods taking a list of ids answer per id, for DataLoader. */
export class RegionQueries {
  constructor(private readonly db: DataSource) {}

  /** All regions by name. There are about 42: no paging. */
  list(): Promise<RegionEntity[]> {
    return this.db.getRepository(RegionEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  byId(id: string): Promise<RegionEntity | null> {
    return this.db.getRepository(RegionEntity).findOneBy({ id });
  }

  bySlug(slug: string): Promise<RegionEntity | null> {
    return this.db.getRepository(RegionEntity).findOne({ where: { slug }, order: { id: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<(RegionEntity | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(RegionEntity).findBy({ id: In(distinct(ids)) });
    return alignByKey(ids, rows, (row) => row.id);
  }

  /** Current municipalities per region, by name. */
  async municipalitiesOf(regionIds: readonly string[]): Promise<MunicipalityEntity[][]> {
    if (regionIds.length === 0) return [];
    const rows = await this.db.getRepository(MunicipalityEntity).find({
      where: { regionId: In(distinct(regionIds)) },
      order: { name: 'ASC', key: 'ASC' },
    });
    return groupByKey(regionIds, rows, (row) => row.regionId);
  }

  /** Transformation plans per region, oldest plan period first. */
  async transformationPlansOf(regionIds: readonly string[]): Promise<TransformationPlanEntity[][]> {
    if (regionIds.length === 0) return [];
    const rows = await this.db.getRepository(TransformationPlanEntity).find({
      where: { regionId: In(distinct(regionIds)) },
      order: { periodFrom: 'ASC', title: 'ASC', id: 'ASC' },
    });
    return groupByKey(regionIds, rows, (row) => row.regionId);
  }

  async transformationPlansByIds(ids: readonly string[]): Promise<(TransformationPlanEntity | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(TransformationPlanEntity).findBy({ id: In(distinct(ids)) });
    return alignByKey(ids, rows, (row) => row.id);
  }

  /** Support periods per region, oldest first; the open one (if any) has `endsOn` null. */
  async supportPeriodsOf(regionIds: readonly string[]): Promise<SupportPeriodEntity[][]> {
    if (regionIds.length === 0) return [];
    const rows = await this.db.getRepository(SupportPeriodEntity).find({
      where: { regionId: In(distinct(regionIds)) },
      order: { startsOn: 'ASC', id: 'ASC' },
    });
    return groupByKey(regionIds, rows, (row) => row.regionId);
  }
}

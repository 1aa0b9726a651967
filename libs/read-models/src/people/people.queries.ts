import { In, IsNull, type DataSource, type FindOptionsWhere } from 'typeorm';
import { alignByKey, distinct, groupByKey } from '../shared/batch-loading';
import { AmbassadorEntity, DeveloperEntity, DeveloperRegionEntity } from './people.entities';

export interface AmbassadorListOptions {
  /** Also answer ambassadors who departed; by default only current ones. */
  readonly includeDeparted?: boolean;
}

/** Reads of the people read model. Methods taking a list of ids answer per id, for DataLoader. */
export class PeopleQueries {
  constructor(private readonly db: DataSource) {}

  ambassadorById(id: string): Promise<AmbassadorEntity | null> {
    return this.db.getRepository(AmbassadorEntity).findOneBy({ id });
  }

  async ambassadorsByIds(ids: readonly string[]): Promise<(AmbassadorEntity | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(AmbassadorEntity).findBy({ id: In(distinct(ids)) });
    return alignByKey(ids, rows, (row) => row.id);
  }

  /** Regional ambassadors per region, by appointment then id. */
  async ambassadorsByRegion(
    regionIds: readonly string[], options: AmbassadorListOptions = {},
  ): Promise<AmbassadorEntity[][]> {
    if (regionIds.length === 0) return [];
    const rows = await this.ambassadors({ regionId: In(distinct(regionIds)) }, options);
    return groupByKey(regionIds, rows, (row) => row.regionId ?? '');
  }

  /** The landelijke ambassadeurs (no region). */
  nationalAmbassadors(options: AmbassadorListOptions = {}): Promise<AmbassadorEntity[]> {
    return this.ambassadors({ scope: 'national' }, options);
  }

  developerById(id: string): Promise<DeveloperEntity | null> {
    return this.db.getRepository(DeveloperEntity).findOneBy({ id });
  }

  async developersByIds(ids: readonly string[]): Promise<(DeveloperEntity | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(DeveloperEntity).findBy({ id: In(distinct(ids)) });
    return alignByKey(ids, rows, (row) => row.id);
  }

  /** Developers currently assigned to each region, by appointment then id. */
  async developersByRegion(regionIds: readonly string[]): Promise<DeveloperEntity[][]> {
    if (regionIds.length === 0) return [];
    const assignments = await this.db.getRepository(DeveloperRegionEntity).find({
      where: { regionId: In(distinct(regionIds)), assigned: true },
    });
    if (assignments.length === 0) return regionIds.map(() => []);
    const developers = await this.db.getRepository(DeveloperEntity).find({
      where: { id: In(distinct(assignments.map((a) => a.developerId))) },
      order: { appointedOn: 'ASC', id: 'ASC' },
    });
    // Developers in their order, once per region they work in.
    const pairs = developers.flatMap((developer) => assignments
      .filter((a) => a.developerId === developer.id)
      .map((a) => ({ regionId: a.regionId, developer })));
    return groupByKey(regionIds, pairs, (pair) => pair.regionId).map((group) => group.map((pair) => pair.developer));
  }

  /** The regions each developer is currently assigned to, by region id. */
  async regionIdsOfDevelopers(developerIds: readonly string[]): Promise<string[][]> {
    if (developerIds.length === 0) return [];
    const rows = await this.db.getRepository(DeveloperRegionEntity).find({
      where: { developerId: In(distinct(developerIds)), assigned: true },
      order: { regionId: 'ASC' },
    });
    return groupByKey(developerIds, rows, (row) => row.developerId).map((group) => group.map((row) => row.regionId));
  }

  private ambassadors(
    where: FindOptionsWhere<AmbassadorEntity>, { includeDeparted = false }: AmbassadorListOptions,
  ): Promise<AmbassadorEntity[]> {
    return this.db.getRepository(AmbassadorEntity).find({
      where: includeDeparted ? where : { ...where, departedOn: IsNull() },
      order: { appointedOn: 'ASC', id: 'ASC' },
    });
  }
}

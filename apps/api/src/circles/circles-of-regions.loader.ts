import { In, type DataSource } from 'typeorm';
import { CircleEntity } from '@leerkring/read-models';

/**
 * The circles of many regions in one statement, newest first (the order of `circles`), for
 * `region.circles` under `regions`. A region has tens of circles at most, so the list is not paged.
 *
 * This belongs in `CircleQueries` (libs/read-models) as a batch method beside `participantsOf`;
 * it lives here until that library grows one.
 */
export async function circlesOfRegions(db: DataSource, regionIds: readonly string[]): Promise<CircleEntity[][]> {
  const rows = await db.getRepository(CircleEntity).find({
    where: { regionId: In([...new Set(regionIds)]) },
    order: { startedOn: 'DESC', id: 'DESC' },
  });
  const byRegion = new Map<string, CircleEntity[]>();
  for (const row of rows) {
    const circles = byRegion.get(row.regionId);
    if (circles) circles.push(row);
    else byRegion.set(row.regionId, [row]);
  }
  return regionIds.map((id) => byRegion.get(id) ?? []);
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { CurrentPrincipal } from '../graphql/principal';
import { ProgrammeReportObject } from './programme-report.object';
import { requireReportAccess } from './report-access';
import { ProgrammeReports } from './programme-reports.service';

/**
 * `programmeReportPreview`: the figures of the programme report as JSON, exactly those the
 * downloads (`GET /reports/programme.*`) are written from. For vng and beheerder. It reads the
 * event store up to the position, not a read model, so it takes no `atLeast`.
 */
@Resolver(() => ProgrammeReportObject)
export class ProgrammeReportResolver {
  constructor(private readonly reports: ProgrammeReports) {}

  @Query(() => ProgrammeReportObject, {
    description: 'De programmarapportage als cijfers: dezelfde als in de CSV-, Excel- en PDF-bestanden. Voor VNG en beheerders.',
  })
  async programmeReportPreview(
    @CurrentPrincipal() principal: Principal,
    @Args('period', { type: () => String, nullable: true, description: 'Kwartaal (2024-Q2) of jaar (2024); of geef from en to.' })
    period?: string | null,
    @Args('from', { type: () => String, nullable: true, description: `${DATE} Eerste dag, met to.` }) from?: string | null,
    @Args('to', { type: () => String, nullable: true, description: `${DATE} Laatste dag (tot en met), met from.` }) to?: string | null,
    @Args('regions', { type: () => [String], nullable: true, description: `${REGION_ID} Leeg: alle regio's.` })
    regions?: string[] | null,
    @Args('position', { type: () => String, nullable: true, description: 'De positie van een eerder rapport: dezelfde cijfers. Leeg: de laatste.' })
    position?: string | null,
  ): Promise<ProgrammeReportObject> {
    requireReportAccess(principal);
    return ProgrammeReportObject.from(await this.reports.preview({ period, from, to, regions, position }));
  }
}

import type { Region } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** addMunicipality: a gemeente becomes a member of the region. */
export class AddMunicipalityCommand extends AggregateCommand<Region.AddMunicipality['data']> {}

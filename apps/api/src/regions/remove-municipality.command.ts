import type { Region } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** A gemeente leaves the region (it moves to another one or merges). */
export class RemoveMunicipalityCommand extends AggregateCommand<Region.RemoveMunicipality['data']> {}

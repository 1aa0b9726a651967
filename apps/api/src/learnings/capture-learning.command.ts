import type { Learning } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/**
 * captureLearning: a geleerde les from a circle. `byRegionId` optionally names the region the
 * actor captures for (see `acting-region.ts`); the domain command has no such field.
 */
export class CaptureLearningCommand extends AggregateCommand<Learning.CaptureLearning['data'] & {
  readonly byRegionId?: string | null;
}> {}

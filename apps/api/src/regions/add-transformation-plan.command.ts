import type { Region } from '@leerkring/domain';
import { AggregateCommand } from '../command-side/aggregate-command';

/** addTransformationPlan: the region's transformatieplan, which circles may learn from. */
export class AddTransformationPlanCommand extends AggregateCommand<Region.AddTransformationPlan['data']> {}

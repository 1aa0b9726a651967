import type { Message } from '../shared/decider';
import type { Theme } from '../shared/vocabulary';

/** Every event carries `regionId` (the CBS code) so projections never need the stream name. */
export type RegionRegistered = Message<'RegionRegistered', {
  regionId: string;
  slug: string;
  name: string;
  province: string;
}>;

/** Regions change over time (mergers, new names): the name is an event, not a constant. */
export type RegionRenamed = Message<'RegionRenamed', {
  regionId: string;
  name: string;
  previousName: string;
}>;

export type MunicipalityAdded = Message<'MunicipalityAdded', {
  regionId: string;
  municipality: string;
}>;

/** `municipality` is spelled as it was added, whatever the casing of the remove command. */
export type MunicipalityRemoved = Message<'MunicipalityRemoved', {
  regionId: string;
  municipality: string;
}>;

export type TransformationPlanAdded = Message<'TransformationPlanAdded', {
  regionId: string;
  planId: string;
  title: string;
  themes: Theme[];
  period: { from: string; to: string };
}>;

export type SupportPeriodStarted = Message<'SupportPeriodStarted', {
  regionId: string;
  periodId: string;
  startsOn: string;
}>;

export type SupportPeriodEnded = Message<'SupportPeriodEnded', {
  regionId: string;
  periodId: string;
  endsOn: string;
}>;

export type RegionEvent =
  | RegionRegistered
  | RegionRenamed
  | MunicipalityAdded
  | MunicipalityRemoved
  | TransformationPlanAdded
  | SupportPeriodStarted
  | SupportPeriodEnded;

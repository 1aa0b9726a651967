import type { Message } from '../shared/decider';

/** Commands as they arrive from the edge: vocabulary fields are plain strings, checked in decide. */
export type RegisterRegion = Message<'RegisterRegion', {
  regionId: string;
  slug: string;
  name: string;
  province: string;
}>;

export type RenameRegion = Message<'RenameRegion', { regionId: string; name: string }>;

export type AddMunicipality = Message<'AddMunicipality', { regionId: string; municipality: string }>;

export type RemoveMunicipality = Message<'RemoveMunicipality', { regionId: string; municipality: string }>;

export type AddTransformationPlan = Message<'AddTransformationPlan', {
  regionId: string;
  planId: string;
  title: string;
  themes: string[];
  period: { from: string; to: string };
}>;

export type StartSupportPeriod = Message<'StartSupportPeriod', {
  regionId: string;
  periodId: string;
  startsOn: string;
}>;

export type EndSupportPeriod = Message<'EndSupportPeriod', { regionId: string; endsOn: string }>;

export type RegionCommand =
  | RegisterRegion
  | RenameRegion
  | AddMunicipality
  | RemoveMunicipality
  | AddTransformationPlan
  | StartSupportPeriod
  | EndSupportPeriod;

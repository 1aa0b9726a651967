import type { Ambassador, Circle, Developer, Learning, Region, ReportingPeriod } from '@leerkring/domain';
import { AppointAmbassadorCommand } from '../ambassadors/appoint-ambassador.command';
import { CorrectWeeklyWorkCommand } from '../ambassadors/correct-weekly-work.command';
import { DepartAmbassadorCommand } from '../ambassadors/depart-ambassador.command';
import { LogWeeklyWorkCommand } from '../ambassadors/log-weekly-work.command';
import { AddParticipantCommand } from '../circles/add-participant.command';
import { CloseCircleCommand } from '../circles/close-circle.command';
import { FormActionGroupCommand } from '../circles/form-action-group.command';
import { RecordSessionCommand } from '../circles/record-session.command';
import { RemoveParticipantCommand } from '../circles/remove-participant.command';
import { StartCircleCommand } from '../circles/start-circle.command';
import type { AggregateCommand } from '../command-side/aggregate-command';
import type { CommandContext, Principal } from '../command-side/command-context';
import { uuidV5 } from '../command-side/deterministic-event-id';
import { AppointDeveloperCommand } from '../developers/appoint-developer.command';
import { AssignDeveloperToRegionCommand } from '../developers/assign-developer-to-region.command';
import { ReleaseDeveloperFromRegionCommand } from '../developers/release-developer-from-region.command';
import type { ActingFor } from '../learnings/acting-region';
import { AdoptLearningCommand } from '../learnings/adopt-learning.command';
import { CaptureLearningCommand } from '../learnings/capture-learning.command';
import { EndorseLearningCommand } from '../learnings/endorse-learning.command';
import { PromoteLearningCommand } from '../learnings/promote-learning.command';
import { RetractLearningCommand } from '../learnings/retract-learning.command';
import { ReviseLearningCommand } from '../learnings/revise-learning.command';
import { AddMunicipalityCommand } from '../regions/add-municipality.command';
import { AddTransformationPlanCommand } from '../regions/add-transformation-plan.command';
import { EndSupportPeriodCommand } from '../regions/end-support-period.command';
import { RegisterRegionCommand } from '../regions/register-region.command';
import { RemoveMunicipalityCommand } from '../regions/remove-municipality.command';
import { RenameRegionCommand } from '../regions/rename-region.command';
import { StartSupportPeriodCommand } from '../regions/start-support-period.command';
import { CloseReportingPeriodCommand } from '../reporting-periods/close-reporting-period.command';

/** The bus command of each kind, with the data it carries. */
const COMMANDS = {
  RegisterRegion: RegisterRegionCommand,
  RenameRegion: RenameRegionCommand,
  AddMunicipality: AddMunicipalityCommand,
  RemoveMunicipality: RemoveMunicipalityCommand,
  AddTransformationPlan: AddTransformationPlanCommand,
  StartSupportPeriod: StartSupportPeriodCommand,
  EndSupportPeriod: EndSupportPeriodCommand,
  AppointDeveloper: AppointDeveloperCommand,
  AssignDeveloperToRegion: AssignDeveloperToRegionCommand,
  ReleaseDeveloperFromRegion: ReleaseDeveloperFromRegionCommand,
  AppointAmbassador: AppointAmbassadorCommand,
  LogWeeklyWork: LogWeeklyWorkCommand,
  CorrectWeeklyWork: CorrectWeeklyWorkCommand,
  DepartAmbassador: DepartAmbassadorCommand,
  StartCircle: StartCircleCommand,
  AddParticipant: AddParticipantCommand,
  RemoveParticipant: RemoveParticipantCommand,
  RecordSession: RecordSessionCommand,
  FormActionGroup: FormActionGroupCommand,
  CloseCircle: CloseCircleCommand,
  CaptureLearning: CaptureLearningCommand,
  ReviseLearning: ReviseLearningCommand,
  EndorseLearning: EndorseLearningCommand,
  AdoptLearning: AdoptLearningCommand,
  PromoteLearning: PromoteLearningCommand,
  RetractLearning: RetractLearningCommand,
  CloseReportingPeriod: CloseReportingPeriodCommand,
} as const;

export type DemoCommandKind = keyof typeof COMMANDS;

export interface DemoCommandData {
  RegisterRegion: Region.RegisterRegion['data'];
  RenameRegion: Region.RenameRegion['data'];
  AddMunicipality: Region.AddMunicipality['data'];
  RemoveMunicipality: Region.RemoveMunicipality['data'];
  AddTransformationPlan: Region.AddTransformationPlan['data'];
  StartSupportPeriod: Region.StartSupportPeriod['data'];
  EndSupportPeriod: Region.EndSupportPeriod['data'];
  AppointDeveloper: Developer.AppointDeveloper['data'];
  AssignDeveloperToRegion: Developer.AssignDeveloperToRegion['data'];
  ReleaseDeveloperFromRegion: Developer.ReleaseDeveloperFromRegion['data'];
  AppointAmbassador: Ambassador.AppointAmbassador['data'];
  LogWeeklyWork: Ambassador.LogWeeklyWork['data'];
  CorrectWeeklyWork: Ambassador.CorrectWeeklyWork['data'];
  DepartAmbassador: Ambassador.DepartAmbassador['data'];
  StartCircle: Circle.StartCircle['data'];
  AddParticipant: Circle.AddParticipant['data'];
  RemoveParticipant: Circle.RemoveParticipant['data'];
  RecordSession: Circle.RecordSession['data'];
  FormActionGroup: Circle.FormActionGroup['data'];
  CloseCircle: Circle.CloseCircle['data'];
  CaptureLearning: Learning.CaptureLearning['data'] & { readonly byRegionId?: string | null };
  ReviseLearning: ActingFor<Learning.ReviseLearning['data']>;
  EndorseLearning: ActingFor<Learning.EndorseLearning['data']>;
  AdoptLearning: ActingFor<Learning.AdoptLearning['data']>;
  PromoteLearning: Learning.PromoteLearning['data'];
  RetractLearning: Learning.RetractLearning['data'];
  CloseReportingPeriod: ReportingPeriod.CloseReportingPeriod['data'];
}

/**
 * The steps of the programme. Every command of a step only needs what earlier steps created,
 * so the commands of one step may run concurrently across aggregates (in order per aggregate).
 */
export const DEMO_PHASES = ['regions', 'people', 'circles', 'work-and-learnings', 'reporting-periods', 'late-corrections'] as const;
export type DemoPhase = (typeof DEMO_PHASES)[number];

/** One command of the demo programme: data only, until `make()` builds the bus command. */
export interface DemoCommand<Kind extends DemoCommandKind = DemoCommandKind> {
  /** Unique within the programme; the idempotency key is `demo:<label>`. */
  readonly label: string;
  readonly kind: Kind;
  readonly phase: DemoPhase;
  /** The stream the command appends to: commands of one stream run in programme order. */
  readonly stream: string;
  readonly data: DemoCommandData[Kind];
  readonly context: CommandContext;
  make(): AggregateCommand<unknown>;
}

export const DEMO_KEY_PREFIX = 'demo:';

/** Namespace of the demo's ids: fixed, so a rerun addresses the same aggregates. */
const DEMO_ID_NAMESPACE = '5b0e3a52-8f6d-4c1e-9a7b-2e4d6c8f0a13';

/** A stable UUID for a demo entity: the same label gives the same id on every run. */
export const demoId = (label: string): string => uuidV5(label, DEMO_ID_NAMESPACE);

export function demoCommand<Kind extends DemoCommandKind>(
  kind: Kind, phase: DemoPhase, stream: string, label: string, data: DemoCommandData[Kind], principal: Principal,
): DemoCommand<Kind> {
  const context: CommandContext = { principal, idempotencyKey: `${DEMO_KEY_PREFIX}${label}` };
  const BusCommand = COMMANDS[kind] as unknown as new (data: DemoCommandData[Kind], context: CommandContext) => AggregateCommand<unknown>;
  return { label, kind, phase, stream, data, context, make: () => new BusCommand(data, context) };
}

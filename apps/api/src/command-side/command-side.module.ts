import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AddMunicipalityHandler } from '../regions/add-municipality.handler';
import { AddTransformationPlanHandler } from '../regions/add-transformation-plan.handler';
import { EndSupportPeriodHandler } from '../regions/end-support-period.handler';
import { RegisterRegionHandler } from '../regions/register-region.handler';
import { RemoveMunicipalityHandler } from '../regions/remove-municipality.handler';
import { RenameRegionHandler } from '../regions/rename-region.handler';
import { StartSupportPeriodHandler } from '../regions/start-support-period.handler';
import { AppointDeveloperHandler } from '../developers/appoint-developer.handler';
import { AssignDeveloperToRegionHandler } from '../developers/assign-developer-to-region.handler';
import { ReleaseDeveloperFromRegionHandler } from '../developers/release-developer-from-region.handler';
import { AppointAmbassadorHandler } from '../ambassadors/appoint-ambassador.handler';
import { CorrectWeeklyWorkHandler } from '../ambassadors/correct-weekly-work.handler';
import { DepartAmbassadorHandler } from '../ambassadors/depart-ambassador.handler';
import { LogWeeklyWorkHandler } from '../ambassadors/log-weekly-work.handler';
import { AddParticipantHandler } from '../circles/add-participant.handler';
import { CloseCircleHandler } from '../circles/close-circle.handler';
import { FormActionGroupHandler } from '../circles/form-action-group.handler';
import { RecordSessionHandler } from '../circles/record-session.handler';
import { RemoveParticipantHandler } from '../circles/remove-participant.handler';
import { StartCircleHandler } from '../circles/start-circle.handler';
import { AdoptLearningHandler } from '../learnings/adopt-learning.handler';
import { CaptureLearningHandler } from '../learnings/capture-learning.handler';
import { EndorseLearningHandler } from '../learnings/endorse-learning.handler';
import { PromoteLearningHandler } from '../learnings/promote-learning.handler';
import { RetractLearningHandler } from '../learnings/retract-learning.handler';
import { ReviseLearningHandler } from '../learnings/revise-learning.handler';
import { CloseReportingPeriodHandler } from '../reporting-periods/close-reporting-period.handler';
import { AggregateCommandExecutor } from './aggregate-command-executor';
import { AggregateLoader } from './aggregate-loader';
import { CLOCK, systemClock } from './clock';
import { CommandAccess } from '../security/command-access';
import { CrossAggregateFacts } from './cross-aggregate-facts';

const COMMAND_HANDLERS = [
  // regions
  AddMunicipalityHandler, AddTransformationPlanHandler, EndSupportPeriodHandler, RegisterRegionHandler,
  RemoveMunicipalityHandler, RenameRegionHandler, StartSupportPeriodHandler,
  // developers
  AppointDeveloperHandler, AssignDeveloperToRegionHandler, ReleaseDeveloperFromRegionHandler,
  // ambassadors
  AppointAmbassadorHandler, CorrectWeeklyWorkHandler, DepartAmbassadorHandler, LogWeeklyWorkHandler,
  // circles
  AddParticipantHandler, CloseCircleHandler, FormActionGroupHandler, RecordSessionHandler, RemoveParticipantHandler,
  StartCircleHandler,
  // learnings
  AdoptLearningHandler, CaptureLearningHandler, EndorseLearningHandler, PromoteLearningHandler, RetractLearningHandler,
  ReviseLearningHandler,
  // reporting-periods
  CloseReportingPeriodHandler,
];

/**
 * The command side: one handler per domain command on the command bus, all through one executor
 * (load, decide, append). The event store comes from the global EventStoreModule.
 */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    AggregateLoader,
    CrossAggregateFacts,
    CommandAccess,
    AggregateCommandExecutor,
    ...COMMAND_HANDLERS,
  ],
  exports: [CLOCK, AggregateLoader, AggregateCommandExecutor, CommandAccess],
})
export class CommandSideModule {}

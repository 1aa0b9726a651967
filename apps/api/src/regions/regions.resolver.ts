import { Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../command-side/command-context';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { idFor } from '../graphql/generated-id';
import { MutationInput } from '../graphql/input-validation';
import { MutationPayload } from '../graphql/mutation.payload';
import { CurrentPrincipal } from '../graphql/principal';
import { AddMunicipalityCommand } from './add-municipality.command';
import { AddMunicipalityInput } from './add-municipality.input';
import { AddTransformationPlanCommand } from './add-transformation-plan.command';
import { AddTransformationPlanInput } from './add-transformation-plan.input';
import { EndSupportPeriodCommand } from './end-support-period.command';
import { EndSupportPeriodInput } from './end-support-period.input';
import { RegisterRegionCommand } from './register-region.command';
import { RegisterRegionInput } from './register-region.input';
import { RemoveMunicipalityCommand } from './remove-municipality.command';
import { RemoveMunicipalityInput } from './remove-municipality.input';
import { RenameRegionCommand } from './rename-region.command';
import { RenameRegionInput } from './rename-region.input';
import { StartSupportPeriodCommand } from './start-support-period.command';
import { StartSupportPeriodInput } from './start-support-period.input';

/** Mutations of the region aggregate (`region-{CBS code}`). */
@Resolver()
export class RegionsResolver {
  constructor(private readonly commands: CommandDispatcher) {}

  @Mutation(() => MutationPayload, { description: 'Een jeugdregio komt in Leerkring, met haar CBS-code als id (beheerder).' })
  registerRegion(@MutationInput() input: RegisterRegionInput, @CurrentPrincipal() principal: Principal) {
    const { regionId, slug, name, province } = input;
    return this.commands.send(RegisterRegionCommand, { regionId, slug, name, province }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'De regio krijgt een andere naam.' })
  renameRegion(@MutationInput() input: RenameRegionInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(RenameRegionCommand, { regionId: input.regionId, name: input.name }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Een gemeente wordt lid van de regio.' })
  addMunicipality(@MutationInput() input: AddMunicipalityInput, @CurrentPrincipal() principal: Principal) {
    const { regionId, municipality } = input;
    return this.commands.send(AddMunicipalityCommand, { regionId, municipality }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Een gemeente verlaat de regio.' })
  removeMunicipality(@MutationInput() input: RemoveMunicipalityInput, @CurrentPrincipal() principal: Principal) {
    const { regionId, municipality } = input;
    return this.commands.send(RemoveMunicipalityCommand, { regionId, municipality }, { principal, input });
  }

  @Mutation(() => MutationPayload, { description: 'Het transformatieplan van de regio; createdId is het id van het plan.' })
  addTransformationPlan(@MutationInput() input: AddTransformationPlanInput, @CurrentPrincipal() principal: Principal) {
    const planId = idFor(input.planId, 'addTransformationPlan.planId', principal, input);
    const { regionId, title, themes, period } = input;
    return this.commands.send(
      AddTransformationPlanCommand,
      { regionId, planId, title, themes, period: { from: period.from, to: period.to } },
      { principal, input, createdId: planId },
    );
  }

  @Mutation(() => MutationPayload, { description: 'De ondersteuningsperiode van OZJ in de regio begint; createdId is haar id.' })
  startSupportPeriod(@MutationInput() input: StartSupportPeriodInput, @CurrentPrincipal() principal: Principal) {
    const periodId = idFor(input.periodId, 'startSupportPeriod.periodId', principal, input);
    return this.commands.send(
      StartSupportPeriodCommand,
      { regionId: input.regionId, periodId, startsOn: input.startsOn },
      { principal, input, createdId: periodId },
    );
  }

  @Mutation(() => MutationPayload, { description: 'De lopende ondersteuningsperiode van de regio eindigt.' })
  endSupportPeriod(@MutationInput() input: EndSupportPeriodInput, @CurrentPrincipal() principal: Principal) {
    return this.commands.send(EndSupportPeriodCommand, { regionId: input.regionId, endsOn: input.endsOn }, { principal, input });
  }
}

import type { Region } from '@leerkring/domain';
import { AppointAmbassadorCommand } from '../../ambassadors/appoint-ambassador.command';
import { StartCircleCommand } from '../../circles/start-circle.command';
import { AppointDeveloperCommand } from '../../developers/appoint-developer.command';
import { AssignDeveloperToRegionCommand } from '../../developers/assign-developer-to-region.command';
import { CaptureLearningCommand } from '../../learnings/capture-learning.command';
import { RegisterRegionCommand } from '../../regions/register-region.command';
import type { CommandSideTestApp } from './command-side-test-app';
import { circleOnWachttijden, developer, learningOf, nationalAmbassador, regionalAmbassador } from './fixtures';
import { beheerder, by, ontwikkelaar, regioAmbassadeur } from './principals';

/** Given-steps for specs that test something else than the story: state built by commands. */

export async function registerRegion(app: CommandSideTestApp, region: Region.RegisterRegion['data']): Promise<void> {
  await app.send(new RegisterRegionCommand(region, by(beheerder)));
}

/** An ontwikkelaar assigned to the region; returns their id. */
export async function developerIn(app: CommandSideTestApp, regionId: string): Promise<string> {
  const data = developer();
  await app.send(new AppointDeveloperCommand(data, by(beheerder)));
  await app.send(new AssignDeveloperToRegionCommand({ developerId: data.developerId, regionId }, by(beheerder)));
  return data.developerId;
}

/** An open circle in the region, started by an ontwikkelaar assigned there; returns its id. */
export async function circleIn(app: CommandSideTestApp, regionId: string): Promise<string> {
  const developerId = await developerIn(app, regionId);
  const data = circleOnWachttijden(regionId, developerId);
  await app.send(new StartCircleCommand(data, by(ontwikkelaar(developerId, regionId))));
  return data.circleId;
}

export async function regionalAmbassadorIn(app: CommandSideTestApp, regionId: string): Promise<string> {
  const data = regionalAmbassador(regionId);
  await app.send(new AppointAmbassadorCommand(data, by(beheerder)));
  return data.ambassadorId;
}

export async function nationalAmbassadorAppointed(app: CommandSideTestApp): Promise<string> {
  const data = nationalAmbassador();
  await app.send(new AppointAmbassadorCommand(data, by(beheerder)));
  return data.ambassadorId;
}

/** A learning captured in the circle by a regio-ambassadeur of its region; returns its id. */
export async function learningIn(app: CommandSideTestApp, circleId: string, regionId: string): Promise<string> {
  const data = learningOf(circleId);
  await app.send(new CaptureLearningCommand(data, by(regioAmbassadeur('ra-capture', regionId))));
  return data.learningId;
}

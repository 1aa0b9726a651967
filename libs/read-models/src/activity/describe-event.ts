import { assertNever, Learning, type Circle } from '@leerkring/domain';
import {
  changeList, dutchDate, dutchNumber, dutchQuarter, quoted, sectorLabel, themeList,
} from './dutch-labels';
import type { DomainEvent } from '../shared/stored-event';

/** Names the feed knows from earlier events, as they were when the event happened. */
export interface FeedContext {
  regionName(regionId: string): string | undefined;
  circleTitle(circleId: string): string | undefined;
  learningTitle(learningId: string): string | undefined;
}

/** What a feed item says and where it belongs. */
export interface FeedFacts {
  readonly description: string;
  readonly regionId: string | null;
  /** The other region involved (the one that endorses or adopts a learning). */
  readonly relatedRegionId: string | null;
  readonly circleId: string | null;
  readonly learningId: string | null;
}

/**
 * A short Dutch sentence about an event. Privacy: it never contains a person's name or e-mail
 * address, nor free text that may describe a client (summaries, outcomes, insights, reasons,
 * reflections); only titles, names of regions, municipalities, organisations and vocabulary.
 */
export function describeEvent(event: DomainEvent, context: FeedContext): FeedFacts {
  const region = (id: string) => {
    const name = context.regionName(id);
    return name === undefined ? `jeugdregio ${id}` : `jeugdregio ${quoted(name)}`;
  };
  const circle = (id: string) => {
    const title = context.circleTitle(id);
    return title === undefined ? 'een cirkel' : `cirkel ${quoted(title)}`;
  };
  const learning = (id: string) => {
    const title = context.learningTitle(id);
    return title === undefined ? 'Een les' : `Les ${quoted(title)}`;
  };
  const at = (regionId: string | null, description: string, where: Partial<FeedFacts> = {}): FeedFacts => ({
    description, regionId, relatedRegionId: null, circleId: null, learningId: null, ...where,
  });
  const phrases: Phrases = { circle, learning, region, at };

  switch (event.type) {
    case 'RegionRegistered':
      return at(event.data.regionId, `Jeugdregio ${quoted(event.data.name)} (${event.data.regionId}) geregistreerd`);
    case 'RegionRenamed':
      return at(event.data.regionId, `Jeugdregio ${quoted(event.data.previousName)} heet nu ${quoted(event.data.name)}`);
    case 'MunicipalityAdded':
      return at(event.data.regionId, `Gemeente ${event.data.municipality} toegevoegd aan ${region(event.data.regionId)}`);
    case 'MunicipalityRemoved':
      return at(event.data.regionId, `Gemeente ${event.data.municipality} verwijderd uit ${region(event.data.regionId)}`);
    case 'TransformationPlanAdded': {
      const { regionId, title, period } = event.data;
      const during = `${dutchDate(period.from)} tot ${dutchDate(period.to)}`;
      return at(regionId, `Transformatieplan ${quoted(title)} (${during}) toegevoegd`);
    }
    case 'SupportPeriodStarted': {
      const { regionId, startsOn } = event.data;
      return at(regionId, `Ondersteuningsperiode van ${region(regionId)} begint op ${dutchDate(startsOn)}`);
    }
    case 'SupportPeriodEnded': {
      const { regionId, endsOn } = event.data;
      return at(regionId, `Ondersteuningsperiode van ${region(regionId)} eindigt op ${dutchDate(endsOn)}`);
    }
    case 'DeveloperAppointed':
      return at(null, `Ontwikkelaar aangesteld per ${dutchDate(event.data.appointedOn)}`);
    case 'DeveloperAssignedToRegion':
      return at(event.data.regionId, `Ontwikkelaar toegewezen aan ${region(event.data.regionId)}`);
    case 'DeveloperReleasedFromRegion':
      return at(event.data.regionId, `Ontwikkelaar niet langer actief in ${region(event.data.regionId)}`);
    case 'AmbassadorAppointed': {
      // Not the background: 'client' says the person was a client of youth care (sensitive).
      const { scope, regionId, hoursPerWeek, appointedOn } = event.data;
      const who = scope === 'national' || regionId === null
        ? 'Landelijk ambassadeur'
        : `Regio-ambassadeur in ${region(regionId)}`;
      return at(regionId, `${who} aangesteld per ${dutchDate(appointedOn)} (${dutchNumber(hoursPerWeek)} uur per week)`);
    }
    case 'WeeklyWorkLogged': {
      const { regionId, week, hours, partnersReached } = event.data;
      return at(regionId, `Weekwerk ${week} gelogd: ${dutchNumber(hours)} uur, ${partnersReached} partners bereikt`);
    }
    case 'WeeklyWorkCorrected': {
      const { regionId, week, reportingPeriodId, late } = event.data;
      const after = late ? ` na afsluiting van het ${dutchQuarter(reportingPeriodId)}` : '';
      return at(regionId, `Weekwerk ${week} gecorrigeerd${after}`);
    }
    case 'AmbassadorDeparted':
      return at(event.data.regionId, `Ambassadeur vertrokken per ${dutchDate(event.data.departedOn)}`);
    case 'ReportingPeriodClosed':
      return at(null, `Rapportageperiode ${dutchQuarter(event.data.reportingPeriodId)} afgesloten`);
    default:
      return Learning.isLearningEvent(event)
        ? describeLearningEvent(event, phrases)
        : describeCircleEvent(event, phrases);
  }
}

interface Phrases {
  circle(id: string): string;
  learning(id: string): string;
  region(id: string): string;
  at(regionId: string | null, description: string, where?: Partial<FeedFacts>): FeedFacts;
}

function describeCircleEvent(event: Circle.CircleEvent, { circle, at }: Phrases): FeedFacts {
  const { regionId, circleId } = event.data;
  const inCircle = (description: string) => at(regionId, description, { circleId });
  switch (event.type) {
    case 'CircleStarted':
      return inCircle(`Ontwikkelcirkel ${quoted(event.data.title)} gestart (thema’s: ${themeList(event.data.themes)})`);
    case 'ParticipantAdded': {
      const { sector, organisation } = event.data;
      return inCircle(`Deelnemer (${sectorLabel(sector)}, ${organisation}) toegevoegd aan ${circle(circleId)}`);
    }
    case 'ParticipantRemoved':
      return inCircle(`Deelnemer uit ${circle(circleId)} gegaan`);
    case 'SessionRecorded':
      return inCircle(`Bijeenkomst (${event.data.format}) vastgelegd in ${circle(circleId)}`);
    case 'ActionGroupFormed':
      return inCircle(`Actiegroep ${quoted(event.data.name)} gevormd in ${circle(circleId)}`);
    case 'CircleClosed':
      return inCircle(`${capitalised(circle(circleId))} afgesloten`);
    default:
      return assertNever(event);
  }
}

function describeLearningEvent(event: Learning.LearningEvent, { circle, learning, region, at }: Phrases): FeedFacts {
  const { regionId, circleId, learningId } = event.data;
  const about = (description: string, relatedRegionId: string | null = null) =>
    at(regionId, description, { circleId, learningId, relatedRegionId });
  const named = learning(learningId);
  switch (event.type) {
    case 'LearningCaptured':
      return about(`Les ${quoted(event.data.title)} vastgelegd in ${circle(circleId)}`);
    case 'LearningRevised':
      return about(`${named} herzien (${changeList(event.data.changes)})`);
    case 'LearningEndorsed':
      return about(`${named} onderschreven door ${region(event.data.byRegionId)}`, event.data.byRegionId);
    case 'LearningAdopted':
      return about(`${named} overgenomen door ${region(event.data.byRegionId)}`, event.data.byRegionId);
    case 'LearningPromoted':
      return about(`${named} landelijk uitgelicht`);
    case 'LearningRetracted':
      return about(`${named} ingetrokken`);
    default:
      return assertNever(event);
  }
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

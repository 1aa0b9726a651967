import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Sector, Theme } from '@leerkring/domain';
import type { AmbassadorHours, NationalTotals, OverviewSummary, RegionOverview } from '@leerkring/read-models';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { SectorEnum, ThemeEnum } from '../graphql/vocabulary.enums';

/**
 * The national learning-system overview (`nationalOverview(asOf)`), field for field the read
 * model's `OverviewSummary`: plain figures, so the summary is the object (no mapping needed).
 */

@ObjectType('SectorCount')
export class SectorCountObject {
  @Field(() => SectorEnum.enumRef)
  sector!: Sector;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AmbassadorHours', {
  description: 'Uren in de weken van het kwartaal die begonnen zijn, tegenover uren per week × weken in functie.',
})
export class AmbassadorHoursObject implements AmbassadorHours {
  @Field(() => Float)
  logged!: number;

  @Field(() => Float)
  commitment!: number;

  @Field(() => Int, { description: 'Benoemd op of voor de datum en niet vertrokken.' })
  activeAmbassadors!: number;
}

@ObjectType('RegionOverview', { description: 'De cijfers van één regio.' })
export class RegionOverviewObject implements RegionOverview {
  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => String, { description: 'De naam van de regio op de datum (het id zolang ze niet geregistreerd is).' })
  name!: string;

  @Field(() => Int, { description: 'Cirkels gestart op of voor de datum en dan niet afgesloten.' })
  activeCircles!: number;

  @Field(() => Int)
  sessionsLast90Days!: number;

  @Field(() => Int, { description: 'Huidige deelnemers van de actieve cirkels.' })
  participants!: number;

  @Field(() => [SectorCountObject])
  participantsBySector!: SectorCountObject[];

  @Field(() => AmbassadorHoursObject, { description: 'Regio-ambassadeurs, dit kwartaal.' })
  ambassadorHours!: AmbassadorHoursObject;

  @Field(() => Int, { description: 'Lessen die niet zijn ingetrokken.' })
  learningsCaptured!: number;

  @Field(() => Int, { description: 'Lessen van andere regio\'s die deze regio overnam.' })
  adoptedFromElsewhere!: number;

  @Field(() => Int, { description: 'Keren dat andere regio\'s een les van deze regio overnamen.' })
  adoptedElsewhere!: number;

  @Field(() => String, { nullable: true, description: `${DATE} De laatste activiteit in de regio.` })
  lastActivityOn!: string | null;
}

@ObjectType('NationalTotals')
export class NationalTotalsObject implements NationalTotals {
  @Field(() => Int)
  regions!: number;

  @Field(() => Int)
  activeCircles!: number;

  @Field(() => Int)
  sessionsLast90Days!: number;

  @Field(() => Int)
  participants!: number;

  @Field(() => [SectorCountObject])
  participantsBySector!: SectorCountObject[];

  @Field(() => AmbassadorHoursObject, { description: 'Som van de regio-ambassadeurs.' })
  ambassadorHours!: AmbassadorHoursObject;

  @Field(() => AmbassadorHoursObject, { description: 'Landelijke ambassadeurs, die bij geen regio horen.' })
  nationalAmbassadorHours!: AmbassadorHoursObject;

  @Field(() => Int)
  learningsCaptured!: number;

  @Field(() => Int)
  adoptions!: number;

  @Field(() => String, { nullable: true, description: DATE })
  lastActivityOn!: string | null;
}

@ObjectType('ThemeRegionCell', { description: 'Eén niet-lege cel van de matrix thema × regio.' })
export class ThemeRegionCellObject {
  @Field(() => ThemeEnum.enumRef)
  theme!: Theme;

  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => Int, { description: 'Cirkels op het thema, gestart op of voor de datum.' })
  circles!: number;

  @Field(() => Int, { description: 'Lessen op het thema, niet ingetrokken.' })
  learnings!: number;
}

@ObjectType('MonthlyTrend')
export class MonthlyTrendObject {
  @Field(() => String, { description: 'Maand als 2024-04.' })
  month!: string;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  learningsCaptured!: number;

  @Field(() => Int)
  adoptions!: number;

  @Field(() => Float, { description: 'Alle ambassadeurs, per maand van de donderdag van elke week.' })
  hoursLogged!: number;
}

@ObjectType('NationalOverview', { description: 'Het landelijke overzicht van het lerend stelsel op een datum.' })
export class NationalOverviewObject {
  @Field(() => String, { description: 'Het moment waarop de cijfers gelden (ISO).' })
  asOf!: string;

  @Field(() => String, { description: `${DATE} De Nederlandse kalenderdatum daarvan.` })
  asOfDate!: string;

  @Field(() => Boolean, {
    description: 'true: uit de actuele projectie; false: opnieuw berekend uit de gebeurtenissen die tot en met asOfDate '
      + 'waren vastgelegd.',
  })
  live!: boolean;

  @Field(() => String, { description: 'Het kwartaal van de huidige ISO-week, zoals 2024-Q2.' })
  quarter!: string;

  @Field(() => Int)
  weeksElapsedInQuarter!: number;

  @Field(() => String, { description: `${DATE} Eerste dag van de 90 dagen die op asOfDate eindigen.` })
  recentSince!: string;

  @Field(() => [RegionOverviewObject], { description: 'Per regio-id.' })
  regions!: readonly RegionOverviewObject[];

  @Field(() => NationalTotalsObject)
  totals!: NationalTotalsObject;

  @Field(() => [ThemeRegionCellObject], { description: 'Per thema, dan regio.' })
  themeMatrix!: readonly ThemeRegionCellObject[];

  @Field(() => [MonthlyTrendObject], { description: 'Elke maand van de eerste met activiteit tot die van asOfDate.' })
  monthlyTrends!: readonly MonthlyTrendObject[];

  /** The summary's figures are the fields; only `live` is added. */
  static from(summary: OverviewSummary, live: boolean): NationalOverviewObject {
    return { ...summary, live } as NationalOverviewObject;
  }
}

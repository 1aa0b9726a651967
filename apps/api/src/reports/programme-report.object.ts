import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Sector, SessionFormat } from '@leerkring/domain';
import type {
  AdoptionRow, ClosedPeriodRow, FormatCount, HoursFigures, LateCorrectionRow, MonthRow, ProgrammeReport, RegionFigures,
  ReportPeriod, ReportTotals,
} from '@leerkring/reports';
import { DATE, ISO_WEEK, REGION_ID } from '../graphql/field-descriptions';
import { POSITION_DESCRIPTION } from '../graphql/position';
import { SessionFormatEnum } from '../graphql/vocabulary.enums';
import { SectorCountObject } from '../overview/national-overview.object';

/**
 * `programmeReportPreview`: the programme report's figures field for field as the report model
 * (`ProgrammeReport` of `@leerkring/reports`), the same object every file is written from, so
 * the preview and the downloads cannot disagree. Vocabulary fields use the shared enums.
 */

export enum ReportPeriodKind {
  QUARTER = 'quarter',
  YEAR = 'year',
  RANGE = 'range',
}
registerEnumType(ReportPeriodKind, { name: 'ReportPeriodKind', description: 'Kwartaal, jaar of een reeks dagen.' });

@ObjectType('ReportPeriod')
export class ReportPeriodObject implements ReportPeriod {
  @Field(() => ReportPeriodKind) kind!: ReportPeriodKind;
  @Field(() => String, { description: '2024-Q2, 2024 of 2024-03-01_2024-05-31 (ook in de bestandsnaam).' }) label!: string;
  @Field(() => String, { description: `${DATE} Eerste dag.` }) from!: string;
  @Field(() => String, { description: `${DATE} Laatste dag (tot en met).` }) to!: string;
}

@ObjectType('SessionFormatCount')
export class SessionFormatCountObject implements FormatCount {
  @Field(() => SessionFormatEnum.enumRef) format!: SessionFormat;
  @Field(() => Int) count!: number;
}

@ObjectType('ReportHours', { description: 'Uren van ambassadeurs in de weken van de periode die op de stand van de gegevens begonnen waren.' })
export class ReportHoursObject implements HoursFigures {
  @Field(() => Int, { description: 'In functie in de periode.' }) ambassadors!: number;
  @Field(() => Float) logged!: number;
  @Field(() => Float, { description: 'Uren per week maal de weken in functie.' }) commitment!: number;
  @Field(() => Int, { description: 'Weken in functie met een weeklog.' }) weeksLogged!: number;
  @Field(() => Int, { description: 'Weken in functie.' }) weeksExpected!: number;
}

@ObjectType('ReportIndicators', { isAbstract: true })
abstract class IndicatorFields {
  @Field(() => Int, { description: 'Gestart voor het einde van de periode en niet voor het begin ervan afgesloten.' }) activeCircles!: number;
  @Field(() => Int) sessions!: number;
  @Field(() => [SessionFormatCountObject], { description: 'Elke vorm, ook met 0.' }) sessionsByFormat!: SessionFormatCountObject[];
  @Field(() => Int, { description: 'Deelnemers van de actieve cirkels, zoals geregistreerd op de positie van het rapport.' }) participants!: number;
  @Field(() => [SectorCountObject], { description: 'Elke sector, ook met 0.' }) participantsBySector!: Array<{ sector: Sector; count: number }>;
  @Field(() => ReportHoursObject, { description: 'Regio-ambassadeurs.' }) ambassadorHours!: ReportHoursObject;
  @Field(() => Int, { description: 'Vastgelegd in de periode en niet ingetrokken.' }) learningsCaptured!: number;
  @Field(() => Int, { description: 'Lessen van andere regio\'s die deze regio in de periode overnam.' }) adoptedFromOthers!: number;
  @Field(() => Int, { description: 'Keren dat andere regio\'s in de periode een les van deze regio overnamen.' }) adoptedByOthers!: number;
  @Field(() => Int, { description: 'Lessen van deze regio die in de periode landelijk zijn uitgelicht.' }) promoted!: number;
}

@ObjectType('ReportRegion')
export class ReportRegionObject extends IndicatorFields implements RegionFigures {
  @Field(() => ID, { description: REGION_ID }) regionId!: string;
  @Field(() => String, { description: 'De naam op de positie van het rapport.' }) name!: string;
}

@ObjectType('ReportTotals')
export class ReportTotalsObject extends IndicatorFields implements ReportTotals {
  @Field(() => Int) regions!: number;
  @Field(() => ReportHoursObject, { nullable: true, description: 'Landelijke ambassadeurs; leeg als het rapport over gekozen regio\'s gaat.' })
  nationalAmbassadorHours!: ReportHoursObject | null;
}

@ObjectType('ReportMonth')
export class ReportMonthObject implements MonthRow {
  @Field(() => String, { description: 'Maand als 2024-04.' }) month!: string;
  @Field(() => Int) sessions!: number;
  @Field(() => Int) learningsCaptured!: number;
  @Field(() => Int) adoptions!: number;
  @Field(() => Int) promoted!: number;
  @Field(() => Float, { description: 'Regio-ambassadeurs, naar de maand van de donderdag van elke week.' }) hoursLogged!: number;
}

@ObjectType('ReportAdoption')
export class ReportAdoptionObject implements AdoptionRow {
  @Field(() => String, { description: DATE }) adoptedOn!: string;
  @Field(() => ID) learningId!: string;
  @Field(() => String) title!: string;
  @Field(() => ID, { description: REGION_ID }) originRegionId!: string;
  @Field(() => String) originRegionName!: string;
  @Field(() => ID, { description: REGION_ID }) adoptingRegionId!: string;
  @Field(() => String) adoptingRegionName!: string;
}

@ObjectType('ReportLateCorrection')
export class ReportLateCorrectionObject implements LateCorrectionRow {
  @Field(() => ID, { nullable: true, description: 'Leeg voor een landelijk ambassadeur.' }) regionId!: string | null;
  @Field(() => String) regionName!: string;
  @Field(() => String, { description: ISO_WEEK }) week!: string;
  @Field(() => String, { description: 'Het kwartaal van de week, als 2024-Q2.' }) reportingPeriodId!: string;
  @Field(() => Float, { nullable: true }) previousHours!: number | null;
  @Field(() => Float) hours!: number;
  @Field(() => String, { description: DATE }) correctedOn!: string;
  @Field(() => String) whatChanged!: string;
}

@ObjectType('ReportClosedPeriod')
export class ReportClosedPeriodObject implements ClosedPeriodRow {
  @Field(() => String) reportingPeriodId!: string;
  @Field(() => String, { description: DATE }) closedOn!: string;
}

@ObjectType('ProgrammeReport', { description: 'De programmarapportage over een periode, gebouwd uit de gebeurtenissen tot en met een positie.' })
export class ProgrammeReportObject {
  @Field(() => String, { description: `${POSITION_DESCRIPTION} Vraag het rapport opnieuw op met deze positie voor dezelfde cijfers.` })
  position!: string;

  @Field(() => String, { nullable: true, description: `${DATE} De stand van de gegevens: de dag van de laatste gebeurtenis tot de positie.` })
  asOfDate!: string | null;

  @Field(() => ReportPeriodObject) period!: ReportPeriodObject;
  @Field(() => Int, { description: 'Weken van de periode die op de stand van de gegevens begonnen waren.' }) weeksCounted!: number;
  @Field(() => Boolean, { description: 'Alle regio\'s (geen regio\'s gekozen).' }) allRegions!: boolean;
  @Field(() => [ReportRegionObject]) regions!: ReportRegionObject[];
  @Field(() => ReportTotalsObject) totals!: ReportTotalsObject;
  @Field(() => [ReportMonthObject]) months!: ReportMonthObject[];
  @Field(() => [ReportAdoptionObject]) adoptions!: ReportAdoptionObject[];
  @Field(() => [ReportLateCorrectionObject]) lateCorrections!: ReportLateCorrectionObject[];
  @Field(() => [ReportClosedPeriodObject]) closedPeriods!: ReportClosedPeriodObject[];

  /** The model is the object: its fields are plain figures and domain codes (the enums map them). */
  static from(report: ProgrammeReport): ProgrammeReportObject {
    return report as unknown as ProgrammeReportObject;
  }
}

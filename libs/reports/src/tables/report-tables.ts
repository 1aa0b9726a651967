import { SECTORS, SESSION_FORMATS } from '@leerkring/domain';
import type { HoursFigures, IndicatorFigures, ProgrammeReport } from '../model/programme-report.types';
import { FORMAT_LABELS, SECTOR_LABELS, dutchLongDate, dutchPeriod, share } from './dutch';

/**
 * The report's tables, independent of the file format: the CSV zip writes one file per table,
 * the workbook one sheet per table, the PDF draws them. One definition, so every format shows the
 * same columns and the same figures. Cells hold raw values; each writer formats them by the
 * column's kind (a share 0..1 becomes `81,3%` in the PDF, 0.813 with a % format in Excel).
 */

export type CellKind = 'text' | 'integer' | 'hours' | 'percent' | 'date' | 'month';
export type Cell = string | number | null;

export interface Column {
  readonly header: string;
  readonly kind: CellKind;
  /** In characters, for spreadsheets; the PDF shares its width out in proportion. */
  readonly width: number;
}

export interface ReportTable {
  /** File and sheet name: `regios` → `regios.csv`. */
  readonly key: string;
  /** Dutch title (sheet name at most 31 characters). */
  readonly title: string;
  readonly description: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

const text = (header: string, width = 14): Column => ({ header, kind: 'text', width });
const integer = (header: string, width = 12): Column => ({ header, kind: 'integer', width });
const hours = (header: string, width = 12): Column => ({ header, kind: 'hours', width });
const percent = (header: string, width = 12): Column => ({ header, kind: 'percent', width });
const date = (header: string, width = 12): Column => ({ header, kind: 'date', width });

/** The label of the totals row that ends every table per region. */
export const TOTAL_LABEL = 'Totaal';

export function reportTables(report: ProgrammeReport): ReportTable[] {
  return [aboutTable(report), indicatorTable(report), formatTable(report), sectorTable(report), monthTable(report),
    adoptionTable(report), lateCorrectionTable(report)];
}

export function aboutTable(report: ProgrammeReport): ReportTable {
  const regionText = report.allRegions ? `alle regio's (${report.regions.length})` : report.regions.map((r) => r.regionId).join(', ');
  const closed = report.closedPeriods.map((p) => `${p.reportingPeriodId} (afgesloten ${dutchLongDate(p.closedOn)})`).join('; ');
  return {
    key: 'rapport',
    title: 'Over dit rapport',
    description: 'Waarover het rapport gaat en op welke stand van de gegevens het gebouwd is.',
    columns: [text('Gegeven', 28), text('Waarde', 70)],
    rows: [
      ['Rapport', 'Programmarapportage Leerkring (Zorg voor de Jeugd)'],
      ['Periode', dutchPeriod(report.period)],
      ['Periodecode', report.period.label],
      ['Van', report.period.from],
      ['Tot en met', report.period.to],
      ['Regio\'s', regionText],
      ['Positie', report.position === '' ? '(leeg)' : report.position],
      ['Stand van', report.asOfDate ?? '(geen gegevens)'],
      ['Weken geteld', String(report.weeksCounted)],
      ['Afgesloten kwartalen', closed === '' ? 'geen' : closed],
    ],
  };
}

const hourCells = (h: HoursFigures): Cell[] => [
  h.ambassadors, h.logged, h.commitment, share(h.logged, h.commitment), h.weeksLogged, h.weeksExpected,
  share(h.weeksLogged, h.weeksExpected),
];

const indicatorCells = (f: IndicatorFigures): Cell[] => [
  f.activeCircles, f.sessions, f.participants, ...hourCells(f.ambassadorHours), f.learningsCaptured,
  f.adoptedFromOthers, f.adoptedByOthers, f.promoted,
];

export function indicatorTable(report: ProgrammeReport): ReportTable {
  const totals = report.totals;
  const national = totals.nationalAmbassadorHours;
  return {
    key: 'regios',
    title: 'Indicatoren per regio',
    description: 'Per regio de indicatoren van het landelijk overzicht over de periode; de laatste rij telt de regio\'s op. '
      + 'Landelijke ambassadeurs horen bij geen regio en staan apart.',
    columns: [
      text('Regio', 8), text('Naam', 30), integer('Actieve cirkels'), integer('Bijeenkomsten'), integer('Deelnemers'),
      integer('Ambassadeurs'), hours('Uren gelogd'), hours('Uren toegezegd'), percent('Uren t.o.v. toezegging (%)', 14),
      integer('Weken gelogd'), integer('Weken verwacht'), percent('Weken gelogd (%)'), integer('Lessen vastgelegd'),
      integer('Overgenomen van andere regio\'s', 16), integer('Door andere regio\'s overgenomen', 16), integer('Landelijk uitgelicht'),
    ],
    rows: [
      ...report.regions.map((r) => [r.regionId, r.name, ...indicatorCells(r)]),
      [TOTAL_LABEL, `${totals.regions} regio's`, ...indicatorCells(totals)],
      ...(national ? [['Landelijk', 'Landelijke ambassadeurs', null, null, null, ...hourCells(national), null, null, null, null]] : []),
    ],
  };
}

export function formatTable(report: ProgrammeReport): ReportTable {
  const cells = (f: IndicatorFigures): Cell[] => [...f.sessionsByFormat.map((c) => c.count), f.sessions];
  return {
    key: 'bijeenkomsten-per-vorm',
    title: 'Bijeenkomsten per vorm',
    description: 'Bijeenkomsten in de periode per vorm, per regio.',
    columns: [text('Regio', 8), text('Naam', 30), ...SESSION_FORMATS.map((f) => integer(FORMAT_LABELS[f], 14)), integer('Totaal')],
    rows: [
      ...report.regions.map((r) => [r.regionId, r.name, ...cells(r)]),
      [TOTAL_LABEL, `${report.totals.regions} regio's`, ...cells(report.totals)],
    ],
  };
}

export function sectorTable(report: ProgrammeReport): ReportTable {
  const cells = (f: IndicatorFigures): Cell[] => [...f.participantsBySector.map((c) => c.count), f.participants];
  return {
    key: 'deelnemers-per-sector',
    title: 'Deelnemers per sector',
    description: 'Deelnemers van de cirkels die in de periode actief waren, per sector, zoals geregistreerd op de positie van het rapport.',
    columns: [text('Regio', 8), text('Naam', 30), ...SECTORS.map((s) => integer(SECTOR_LABELS[s], 11)), integer('Totaal')],
    rows: [
      ...report.regions.map((r) => [r.regionId, r.name, ...cells(r)]),
      [TOTAL_LABEL, `${report.totals.regions} regio's`, ...cells(report.totals)],
    ],
  };
}

export function monthTable(report: ProgrammeReport): ReportTable {
  return {
    key: 'trends-per-maand',
    title: 'Trends per maand',
    description: 'De geselecteerde regio\'s per maand van de periode; uren van regio-ambassadeurs naar de maand van de donderdag van de week.',
    columns: [
      { header: 'Maand', kind: 'month', width: 12 }, integer('Bijeenkomsten'), integer('Lessen vastgelegd'), integer('Overnames'),
      integer('Landelijk uitgelicht'), hours('Uren gelogd'),
    ],
    rows: report.months.map((m) => [m.month, m.sessions, m.learningsCaptured, m.adoptions, m.promoted, m.hoursLogged]),
  };
}

export function adoptionTable(report: ProgrammeReport): ReportTable {
  return {
    key: 'overnames',
    title: 'Overnames tussen regio\'s',
    description: 'Lessen die in de periode door een andere regio zijn overgenomen, met of door een geselecteerde regio.',
    columns: [
      date('Datum'), text('Les', 48), text('Les-id', 38), text('Van regio', 10), text('Van regio (naam)', 28),
      text('Door regio', 10), text('Door regio (naam)', 28),
    ],
    rows: report.adoptions.map((a) => [
      a.adoptedOn, a.title, a.learningId, a.originRegionId, a.originRegionName, a.adoptingRegionId, a.adoptingRegionName,
    ]),
  };
}

export function lateCorrectionTable(report: ProgrammeReport): ReportTable {
  return {
    key: 'late-correcties',
    title: 'Late correcties',
    description: 'Correcties van weken uit de periode nadat VNG het kwartaal van die week had afgesloten.',
    columns: [
      date('Gecorrigeerd op', 14), text('Regio', 10), text('Naam', 28), text('Week', 10), text('Kwartaal', 10),
      hours('Uren voor'), hours('Uren na'), hours('Verschil'), text('Wat is er veranderd', 48),
    ],
    rows: report.lateCorrections.map((c) => [
      c.correctedOn, c.regionId ?? 'Landelijk', c.regionName, c.week, c.reportingPeriodId, c.previousHours, c.hours,
      c.hours - (c.previousHours ?? 0), c.whatChanged,
    ]),
  };
}

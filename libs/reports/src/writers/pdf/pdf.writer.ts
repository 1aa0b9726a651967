import type PDFDocument from 'pdfkit';
import type { ProgrammeReport } from '../../model/programme-report.types';
import { FORMAT_LABELS, dutchLongDate, dutchMonth, dutchNumber, dutchPercent, dutchPeriod, share } from '../../tables/dutch';
import {
  adoptionTable, formatTable, indicatorTable, lateCorrectionTable, monthTable, sectorTable, type ReportTable,
} from '../../tables/report-tables';
import { CHART_COLORS, barChart, columnChart } from './pdf-charts';
import { drawTable } from './pdf-table';

type Doc = PDFKit.PDFDocument;

/**
 * The report as a readable A4 document: a cover with the key figures, a table of contents with
 * page numbers and links, the national totals with three charts, every table of the report, and
 * an account of how the figures were made and how to ask for them again. Numbers and dates in
 * Dutch. Pages are buffered so the contents and the "page n of m" footers are written last.
 */

const MARGIN = 50;
const BLUE = '#154273';

interface Section {
  readonly title: string;
  readonly destination: string;
  page: number;
}

/** pdfkit (with its fonts) is loaded with the first PDF: about 22 MB that most API processes never need. */
let pdfKit: typeof PDFDocument | undefined;

export function reportPdf(report: ProgrammeReport): Doc {
  pdfKit ??= require('pdfkit') as typeof PDFDocument;
  const stamp = report.asOfDate === null ? new Date(Date.UTC(2000, 0, 1)) : new Date(`${report.asOfDate}T00:00:00Z`);
  const doc = new pdfKit({
    size: 'A4', margin: MARGIN, bufferPages: true, autoFirstPage: true, lang: 'nl-NL', displayTitle: true,
    info: {
      Title: `Programmarapportage Leerkring ${report.period.label}`, Author: 'Leerkring', Subject: `Positie ${report.position}`,
      CreationDate: stamp, ModDate: stamp,
    },
  });
  const sections: Section[] = [];
  const currentPage = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const section = (title: string, layout: 'portrait' | 'landscape' = 'portrait') => {
    doc.addPage({ size: 'A4', layout, margin: MARGIN });
    const entry = { title, destination: `sectie-${sections.length + 1}`, page: currentPage() };
    sections.push(entry);
    doc.addNamedDestination(entry.destination);
    doc.outline.addItem(title);
    doc.font('Helvetica-Bold').fontSize(16).fillColor(BLUE).text(title);
    doc.moveDown(0.4).fillColor('#000000');
  };
  const paragraph = (text: string) => {
    doc.font('Helvetica').fontSize(9.5).fillColor('#000000').text(text, { width: doc.page.width - 2 * MARGIN });
    doc.moveDown(0.6);
  };
  const tableSection = (table: ReportTable, layout: 'portrait' | 'landscape', fontSize: number) => {
    section(table.title, layout);
    paragraph(table.description);
    drawTable(doc, table, { fontSize });
  };

  cover(doc, report);
  doc.addPage(); // the table of contents, written when the page numbers are known

  section('Landelijke totalen');
  paragraph(`Over ${dutchPeriod(report.period)}, ${report.allRegions ? 'alle regio\'s' : `de regio's ${report.regions.map((r) => r.name).join(', ')}`}.`);
  drawTable(doc, totalsTable(report), { fontSize: 9 });
  barChart(doc, { x: MARGIN, y: doc.y + 6, width: doc.page.width - 2 * MARGIN, height: 120 },
    'Bijeenkomsten per vorm', report.totals.sessionsByFormat.map((c) => ({ label: FORMAT_LABELS[c.format], value: c.count })), BLUE);

  section('Trends per maand');
  const labels = report.months.map((m) => dutchMonth(m.month, true));
  const chartWidth = doc.page.width - 2 * MARGIN;
  const chartTop = doc.y;
  columnChart(doc, { x: MARGIN, y: chartTop, width: chartWidth, height: 190 }, 'Bijeenkomsten per maand', labels,
    [{ name: 'Bijeenkomsten', color: CHART_COLORS[0], values: report.months.map((m) => m.sessions) }]);
  columnChart(doc, { x: MARGIN, y: chartTop + 200, width: chartWidth, height: 190 }, 'Lessen vastgelegd, overgenomen en uitgelicht per maand', labels, [
    { name: 'Lessen vastgelegd', color: CHART_COLORS[1], values: report.months.map((m) => m.learningsCaptured) },
    { name: 'Overnames', color: CHART_COLORS[2], values: report.months.map((m) => m.adoptions) },
    { name: 'Landelijk uitgelicht', color: CHART_COLORS[3], values: report.months.map((m) => m.promoted) },
  ]);
  doc.x = MARGIN;
  doc.y = chartTop + 400;
  drawTable(doc, monthTable(report), { fontSize: 8 });

  tableSection(indicatorTable(report), 'landscape', 7);
  tableSection(formatTable(report), 'portrait', 7.5);
  tableSection(sectorTable(report), 'landscape', 7);
  tableSection(adoptionTable(report), 'landscape', 7.5);
  tableSection(lateCorrectionTable(report), 'landscape', 7.5);

  section('Verantwoording');
  for (const text of accountability(report)) paragraph(text);

  contents(doc, sections);
  footers(doc, report);
  doc.end();
  return doc;
}

function cover(doc: Doc, report: ProgrammeReport): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.save().rect(0, 0, doc.page.width, 200).fill(BLUE).restore();
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(30).text('Programmarapportage', MARGIN, 80, { width });
  doc.font('Helvetica').fontSize(13).text('Leerkring – het lerend jeugdstelsel van Zorg voor de Jeugd', { width });
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(18).text(capitalised(dutchPeriod(report.period)), MARGIN, 240, { width });
  doc.moveDown(0.5).font('Helvetica').fontSize(11);
  const lines: Array<[string, string]> = [
    ['Periode', `${dutchLongDate(report.period.from)} tot en met ${dutchLongDate(report.period.to)}`],
    ['Regio\'s', report.allRegions ? `alle regio's (${report.regions.length})` : report.regions.map((r) => `${r.name} (${r.regionId})`).join(', ')],
    ['Stand van de gegevens', report.asOfDate === null ? 'geen gegevens' : dutchLongDate(report.asOfDate)],
    ['Positie', report.position === '' ? '(leeg)' : report.position],
    ['Opgesteld voor', 'VNG en het Ondersteuningsteam Zorg voor de Jeugd'],
  ];
  for (const [label, value] of lines) {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true, width }).font('Helvetica').text(value, { width });
  }
  const t = report.totals;
  const figures: Array<[string, number]> = [
    ['actieve cirkels', t.activeCircles], ['bijeenkomsten', t.sessions], ['deelnemers', t.participants],
    ['lessen vastgelegd', t.learningsCaptured], ['overnames', t.adoptedFromOthers], ['landelijk uitgelicht', t.promoted],
  ];
  const boxWidth = width / 3;
  figures.forEach(([label, value], i) => {
    const x = MARGIN + (i % 3) * boxWidth;
    const y = 470 + Math.floor(i / 3) * 80;
    doc.save().rect(x + 4, y, boxWidth - 8, 70).fill('#eef3f8').restore();
    doc.fillColor(BLUE).font('Helvetica-Bold').fontSize(22).text(dutchNumber(value, 0), x + 4, y + 12, { width: boxWidth - 8, align: 'center' });
    doc.fillColor('#000000').font('Helvetica').fontSize(9).text(label, x + 4, y + 44, { width: boxWidth - 8, align: 'center' });
  });
}

function totalsTable(report: ProgrammeReport): Pick<ReportTable, 'columns' | 'rows'> {
  const t = report.totals;
  const h = t.ambassadorHours;
  const n = t.nationalAmbassadorHours;
  const rows: Array<[string, string]> = [
    ['Regio\'s', dutchNumber(t.regions, 0)],
    ['Actieve cirkels', dutchNumber(t.activeCircles, 0)],
    ['Bijeenkomsten', dutchNumber(t.sessions, 0)],
    ['Deelnemers (actieve cirkels)', dutchNumber(t.participants, 0)],
    ['Regio-ambassadeurs', dutchNumber(h.ambassadors, 0)],
    ['Uren gelogd / toegezegd', `${dutchNumber(h.logged)} / ${dutchNumber(h.commitment)} (${dutchPercent(share(h.logged, h.commitment))})`],
    ['Weken gelogd / verwacht', `${dutchNumber(h.weeksLogged, 0)} / ${dutchNumber(h.weeksExpected, 0)} (${dutchPercent(share(h.weeksLogged, h.weeksExpected))})`],
    ...(n ? [['Landelijke ambassadeurs: uren gelogd / toegezegd', `${dutchNumber(n.logged)} / ${dutchNumber(n.commitment)} (${dutchPercent(share(n.logged, n.commitment))})`] as [string, string]] : []),
    ['Lessen vastgelegd', dutchNumber(t.learningsCaptured, 0)],
    ['Overgenomen van andere regio\'s', dutchNumber(t.adoptedFromOthers, 0)],
    ['Door andere regio\'s overgenomen', dutchNumber(t.adoptedByOthers, 0)],
    ['Landelijk uitgelicht', dutchNumber(t.promoted, 0)],
  ];
  // Values are formatted here (a mix of counts and fractions); the `integer` kind only aligns them right.
  return { columns: [{ header: 'Indicator', kind: 'text', width: 40 }, { header: 'Waarde', kind: 'integer', width: 30 }], rows };
}

function accountability(report: ProgrammeReport): string[] {
  return [
    `Dit rapport is gebouwd uit alle gebeurtenissen in Leerkring tot en met positie ${report.position === '' ? '(leeg)' : report.position}`
      + `${report.asOfDate === null ? '' : `, de stand van ${dutchLongDate(report.asOfDate)}`}. Wie het rapport opnieuw opvraagt met deze `
      + 'positie, krijgt dezelfde cijfers, ook als er intussen nieuwe gegevens zijn bijgekomen.',
    'Bijeenkomsten, vastgelegde lessen, overnames en uitlichtingen tellen op hun eigen datum in de periode. Ingetrokken lessen tellen niet mee. '
      + 'Een cirkel is actief als hij voor het einde van de periode begon en niet voor het begin ervan werd afgesloten; de deelnemers zijn de '
      + 'deelnemers van die cirkels zoals ze op de positie van het rapport geregistreerd staan.',
    `Uren tellen per ISO-week; een week hoort bij de periode van haar donderdag, zoals bij de kwartalen van VNG. Geteld zijn de ${report.weeksCounted} `
      + 'weken van de periode die op de stand van de gegevens begonnen waren. Toegezegd: uren per week maal de weken dat de ambassadeur in functie '
      + 'was; weken gelogd: weken in functie met een weeklog.',
    'Late correcties zijn correcties van een week nadat VNG het kwartaal van die week had afgesloten. De cijfers hierboven bevatten de '
      + 'gecorrigeerde uren; de lijst laat zien welke afgesloten cijfers daardoor veranderd zijn. Namen van personen staan niet in dit rapport.',
  ];
}

function contents(doc: Doc, sections: readonly Section[]): void {
  doc.switchToPage(1);
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica-Bold').fontSize(16).fillColor(BLUE).text('Inhoud', MARGIN, MARGIN);
  doc.moveDown(0.8);
  for (const s of sections) {
    const y = doc.y;
    const page = String(s.page + 1);
    doc.font('Helvetica').fontSize(11).fillColor('#000000');
    doc.text(s.title, MARGIN, y, { width: width - 40, goTo: s.destination, lineBreak: false });
    doc.text(page, MARGIN + width - 40, y, { width: 40, align: 'right', goTo: s.destination, lineBreak: false });
    doc.y = y + 20;
  }
}

function footers(doc: Doc, report: ProgrammeReport): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    if (i === 0) continue;
    // Below the bottom margin: without lifting it, text there would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7.5).fillColor('#555555').text(
      `Leerkring programmarapportage ${report.period.label} · positie ${report.position === '' ? '(leeg)' : report.position} · pagina ${i + 1} van ${count}`,
      MARGIN, doc.page.height - 32, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

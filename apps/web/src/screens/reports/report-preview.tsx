import {
  DataSummary, DataSummaryItem, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

interface Hours { readonly logged: number; readonly commitment: number }
interface Figures {
  readonly activeCircles: number; readonly sessions: number; readonly participants: number; readonly learningsCaptured: number;
  readonly adoptedFromOthers: number; readonly adoptedByOthers: number; readonly promoted: number; readonly ambassadorHours: Hours;
}
export interface ReportPreviewData {
  readonly position: string;
  readonly asOfDate: string | null;
  readonly period: { readonly from: string; readonly to: string; readonly label: string };
  readonly totals: Figures & { readonly regions: number };
  readonly regions: readonly (Figures & { readonly regionId: string; readonly name: string })[];
}

export const REPORT_PREVIEW = `
  query ReportPreview($from: String, $to: String, $regions: [String!]) {
    programmeReportPreview(from: $from, to: $to, regions: $regions) {
      position asOfDate period { from to label }
      totals { regions activeCircles sessions participants learningsCaptured adoptedFromOthers adoptedByOthers promoted ambassadorHours { logged commitment } }
      regions { regionId name activeCircles sessions participants learningsCaptured adoptedFromOthers adoptedByOthers promoted ambassadorHours { logged commitment } }
    }
  }`;

/** The report's figures as the files will hold them: totals, then one row per region. */
export function ReportPreview({ report }: { readonly report: ReportPreviewData }) {
  const { t } = useI18n();
  const format = useFormat();
  const hours = (h: Hours) => `${format.number(h.logged, 1)} / ${format.number(h.commitment, 1)}`;
  const { totals } = report;
  return (
    <>
      <Paragraph>
        {t('reports.previewOf', { from: format.date(report.period.from), to: format.date(report.period.to), date: report.asOfDate ? format.date(report.asOfDate) : '–' })}
      </Paragraph>
      <DataSummary className="lk-totals">
        <DataSummaryItem itemKey={t('overview.regions')} itemValue={format.number(totals.regions)} />
        <DataSummaryItem itemKey={t('reports.activeCircles')} itemValue={format.number(totals.activeCircles)} />
        <DataSummaryItem itemKey={t('reports.sessions')} itemValue={format.number(totals.sessions)} />
        <DataSummaryItem itemKey={t('reports.participants')} itemValue={format.number(totals.participants)} />
        <DataSummaryItem itemKey={t('reports.learnings')} itemValue={format.number(totals.learningsCaptured)} />
        <DataSummaryItem itemKey={t('reports.promoted')} itemValue={format.number(totals.promoted)} />
        <DataSummaryItem itemKey={t('reports.hours')} itemValue={hours(totals.ambassadorHours)} />
      </DataSummary>
      <div className="lk-table-scroll" role="region" aria-labelledby="lk-report-caption" tabIndex={0}>
        <Table>
          <TableCaption id="lk-report-caption" className="lk-table-caption">
            {t('reports.region')}: {format.date(report.period.from)} – {format.date(report.period.to)}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('reports.region')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reports.activeCircles')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reports.sessions')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reports.participants')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reports.learnings')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reports.adoptedFromOthers')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reports.adoptedByOthers')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reports.hours')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.regions.map((r) => (
              <TableRow key={r.regionId}>
                <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                <TableCell>{format.number(r.activeCircles)}</TableCell>
                <TableCell>{format.number(r.sessions)}</TableCell>
                <TableCell>{format.number(r.participants)}</TableCell>
                <TableCell>{format.number(r.learningsCaptured)}</TableCell>
                <TableCell>{format.number(r.adoptedFromOthers)}</TableCell>
                <TableCell>{format.number(r.adoptedByOthers)}</TableCell>
                <TableCell>{hours(r.ambassadorHours)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

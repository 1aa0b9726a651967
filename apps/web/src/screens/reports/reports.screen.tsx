import { ActionGroup, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { CheckboxFieldset } from '../../components/checkbox-fieldset';
import { TextField } from '../../components/fields';
import { ErrorSummary, placeProblems } from '../../components/form-problems';
import { PageHeading } from '../../components/page-heading';
import { StatusMessage } from '../../components/query-status';
import { todayInNetherlands } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { downloadReport, type ReportFormat } from './report-download';
import { REPORT_PREVIEW, ReportPreview, type ReportPreviewData } from './report-preview';

const FIELDS = { from: 'veld-van', to: 'veld-tot', regions: 'veld-regios', period: 'veld-van', position: 'veld-van' };

/** The first day of the current quarter. */
function quarterStart(today: string): string {
  const month = Number(today.slice(5, 7));
  return `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

/** VNG: choose a period and regions, preview the figures, download them as CSV, Excel or PDF. */
export default function ReportsScreen() {
  const { t } = useI18n();
  const { query, session } = useSession();
  const today = todayInNetherlands();
  const [from, setFrom] = useState(() => quarterStart(today));
  const [to, setTo] = useState(today);
  const [regions, setRegions] = useState<string[]>([]);
  const [preview, setPreview] = useState<ReportPreviewData>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const regionList = useQuery<{ regions: { id: string; name: string }[] }>('query RegionNames { regions { id name } }');
  const problems = placeProblems(error, FIELDS, t);
  // The preview's position goes with the download while the choice is unchanged: same figures.
  const choice = { from, to, regions, position: preview && preview.period.from === from && preview.period.to === to ? preview.position : undefined };

  const showPreview = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(undefined);
    try {
      const answer = await query<{ programmeReportPreview: ReportPreviewData }>(REPORT_PREVIEW, { from, to, ...(regions.length ? { regions } : {}) });
      setPreview(answer.programmeReportPreview);
      setError(undefined);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const download = async (format: ReportFormat) => {
    setStatus(undefined);
    try {
      const fileName = await downloadReport(format, choice, session?.token);
      setError(undefined);
      setStatus(t('reports.downloaded', { file: fileName }));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError([{ code: 'NETWORK', message: String(failure) }]));
    }
  };
  const title = t('reports.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph className="lk-lead">{t('reports.intro')}</Paragraph>
      <form onSubmit={showPreview} noValidate className="lk-card lk-section" aria-label={t('reports.title')}>
        <ErrorSummary problems={problems} />
        <div className="lk-inline-form">
          <TextField id={FIELDS.from} type="date" label={t('reports.from')} value={from} onChange={setFrom} error={problems.forField('from') ?? problems.forField('period')} />
          <TextField id={FIELDS.to} type="date" label={t('reports.to')} value={to} onChange={setTo} error={problems.forField('to')} />
        </div>
        <CheckboxFieldset
          id={FIELDS.regions} legend={t('reports.regions')} description={t('reports.regionsHint')} columns
          options={(regionList.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))}
          selected={regions} onChange={setRegions} error={problems.forField('regions')}
        />
        <ActionGroup>
          <Button type="submit" appearance="primary-action-button" aria-disabled={busy || undefined}>{t('reports.preview')}</Button>
        </ActionGroup>
      </form>
      <StatusMessage message={status} />
      <section className="lk-section" aria-labelledby="lk-downloads-title">
        <Heading level={2} id="lk-downloads-title">{t('reports.downloads')}</Heading>
        <ActionGroup>
          <Button appearance="secondary-action-button" onClick={() => void download('csv.zip')}>{t('reports.csv')}</Button>
          <Button appearance="secondary-action-button" onClick={() => void download('xlsx')}>{t('reports.xlsx')}</Button>
          <Button appearance="secondary-action-button" onClick={() => void download('pdf')}>{t('reports.pdf')}</Button>
        </ActionGroup>
      </section>
      {preview && (
        <section className="lk-section" aria-labelledby="lk-preview-title">
          <Heading level={2} id="lk-preview-title">{t('reports.previewTitle')}</Heading>
          <ReportPreview report={preview} />
        </section>
      )}
    </>
  );
}

import { ActionGroup, Button, DataSummary, DataSummaryItem, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { useQuery } from '../../api/use-query';
import { TextField } from '../../components/fields';
import { placeProblems } from '../../components/form-problems';
import { PageHeading } from '../../components/page-heading';
import { QueryStatus } from '../../components/query-status';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useRouter } from '../../shell/router';
import { OVERVIEW, type Overview } from './overview.queries';
import { RegionGrid } from './region-grid';
import { ThemeMatrix } from './theme-matrix';
import { Travelled, Trends } from './trends-and-travel';

/** The national overview, now or as it was at the end of a past day (`?peildatum=2026-06-30`). */
export default function OverviewScreen() {
  const { t } = useI18n();
  const format = useFormat();
  const { location, navigate } = useRouter();
  const asOf = location.search.get('peildatum') ?? '';
  const [date, setDate] = useState(asOf);
  const { data, loading, error } = useQuery<Overview>(OVERVIEW, asOf ? { asOf } : {});
  const overview = data?.nationalOverview;
  // A wrong date is the API's to refuse (BAD_USER_INPUT on asOf): shown at the field.
  const problems = placeProblems(error, { asOf: 'veld-peildatum' }, t);
  const dateError = problems.forField('asOf');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(date ? `/overzicht?peildatum=${encodeURIComponent(date)}` : '/overzicht');
  };
  const title = t('overview.title');
  const totals = overview?.totals;

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <form onSubmit={submit} noValidate className="lk-inline-form lk-card">
        <TextField id="veld-peildatum" type="date" label={t('overview.asOf')} description={t('overview.asOfHint')} value={date} onChange={setDate} error={dateError} />
        <ActionGroup><Button type="submit" appearance="secondary-action-button">{t('overview.show')}</Button></ActionGroup>
      </form>
      <QueryStatus loading={loading && !data} error={dateError ? undefined : error} />
      {overview && totals && (
        <>
          <Paragraph className="lk-lead" role="status">
            {overview.live ? t('overview.live', { date: format.date(overview.asOfDate) }) : t('overview.historical', { date: format.date(overview.asOfDate) })}
          </Paragraph>
          <section className="lk-section" aria-labelledby="lk-totals-title">
            <Heading level={2} id="lk-totals-title">{t('overview.totalsTitle')}</Heading>
            <DataSummary className="lk-totals">
              <DataSummaryItem itemKey={t('overview.regions')} itemValue={format.number(totals.regions)} />
              <DataSummaryItem itemKey={t('overview.activeCircles')} itemValue={format.number(totals.activeCircles)} />
              <DataSummaryItem itemKey={t('overview.participants')} itemValue={format.number(totals.participants)} />
              <DataSummaryItem itemKey={t('overview.sessions90')} itemValue={format.number(totals.sessionsLast90Days)} />
              <DataSummaryItem itemKey={t('overview.learnings')} itemValue={format.number(totals.learningsCaptured)} />
              <DataSummaryItem itemKey={t('overview.adoptions')} itemValue={format.number(totals.adoptions)} />
              <DataSummaryItem
                itemKey={t('overview.hours', { quarter: overview.quarter })}
                itemValue={t('overview.hoursOf', { logged: format.number(totals.ambassadorHours.logged, 1), commitment: format.number(totals.ambassadorHours.commitment, 1) })}
              />
            </DataSummary>
          </section>
          {overview.regions.length === 0 ? <Paragraph>{t('overview.empty')}</Paragraph> : (<>
          <section className="lk-section" aria-labelledby="lk-map-title">
            <Heading level={2} id="lk-map-title">{t('overview.mapTitle')}</Heading>
            <RegionGrid regions={overview.regions} provinces={new Map((data?.regions ?? []).map((r) => [r.id, r.province]))} />
          </section>
          <section className="lk-section" aria-labelledby="lk-matrix-title">
            <Heading level={2} id="lk-matrix-title">{t('overview.matrixTitle')}</Heading>
            <ThemeMatrix cells={overview.themeMatrix} regions={overview.regions} />
          </section>
          <section className="lk-section" aria-labelledby="lk-trends-title">
            <Heading level={2} id="lk-trends-title">{t('overview.trendsTitle')}</Heading>
            <Trends trends={overview.monthlyTrends} />
          </section>
          <section className="lk-section" aria-labelledby="lk-travel-title">
            <Heading level={2} id="lk-travel-title">{t('overview.travelledTitle')}</Heading>
            <Travelled diffusion={data?.learningDiffusion ?? []} />
          </section>
          </>)}
        </>
      )}
    </>
  );
}

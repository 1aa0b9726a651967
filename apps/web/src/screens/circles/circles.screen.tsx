import {
  Heading, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useQuery } from '../../api/use-query';
import { useSession } from '../../api/session';
import { SelectField } from '../../components/fields';
import { PageHeading } from '../../components/page-heading';
import { QueryStatus, StatusMessage } from '../../components/query-status';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useRouter } from '../../shell/router';
import { label, THEMES } from '../../vocabulary';
import { ALL_REGIONS, REGION_CIRCLES, type CircleRow, type RegionForCircles } from './circles.queries';
import { StartCircleForm } from './start-circle-form';

/** My region's circles, and for an ontwikkelaar the form to start one. */
export default function CirclesScreen() {
  const { t, language } = useI18n();
  const format = useFormat();
  const { principal } = useSession();
  const { location, navigate } = useRouter();
  const regions = useQuery<{ regions: { id: string; name: string }[]; me: { regionIds: string[]; developer: { id: string } | null } }>(ALL_REGIONS);
  const regionId = location.search.get('regio') ?? principal?.regionIds[0] ?? regions.data?.regions[0]?.id ?? '';
  const circles = useQuery<{ region: RegionForCircles | null; circles: { totalCount: number | null; edges: { node: CircleRow }[] } }>(
    REGION_CIRCLES, { regionId, regionIds: [regionId] }, { skip: !regionId },
  );
  const [started, setStarted] = useState<string>();
  const region = circles.data?.region ?? undefined;
  const rows = circles.data?.circles.edges.map((edge) => edge.node) ?? [];
  const mayStart = principal?.role === 'ontwikkelaar' && (principal.regionIds as readonly string[]).includes(regionId);
  const choosable = principal?.regionIds.length === 1
    ? []
    : (regions.data?.regions ?? []).filter((r) => !principal?.regionIds.length || principal.regionIds.includes(r.id));
  const title = t('circles.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph className="lk-lead">{t('circles.intro')}</Paragraph>
      {choosable.length > 1 && (
        <SelectField
          id="veld-regio" label={t('circles.region')} value={regionId}
          options={choosable.map((r) => ({ value: r.id, label: `${r.name} (${r.id})` }))}
          onChange={(next) => navigate(`/cirkels?regio=${encodeURIComponent(next)}`, { replace: true })}
        />
      )}
      <StatusMessage message={started} />
      <QueryStatus loading={circles.loading && !circles.data} error={circles.error ?? regions.error} />
      {region && (
        <div className="lk-two-columns">
          <section aria-labelledby="lk-circles-title" className="lk-card">
            <Heading level={2} id="lk-circles-title">{region.name}</Heading>
            {rows.length === 0 ? <Paragraph>{t('circles.none')}</Paragraph> : (
              <div className="lk-table-scroll" role="region" aria-labelledby="lk-circles-caption" tabIndex={0}>
                <Table>
                  <TableCaption id="lk-circles-caption" className="lk-table-caption">{t('circles.tableCaption', { region: region.name })}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('circles.colTitle')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('circles.colStatus')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('circles.colParticipants')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('circles.colSessions')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('circles.colLastSession')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((circle) => (
                      <TableRow key={circle.id}>
                        <TableHeaderCell scope="row">
                          <Link href={`/cirkels/${circle.id}`}>{circle.title}</Link>
                          <span className="lk-meta">{circle.themes.map((theme) => label(THEMES, theme, language)).join(', ')}</span>
                        </TableHeaderCell>
                        <TableCell>{circle.status === 'OPEN' ? t('circles.open') : t('circles.closed')}</TableCell>
                        <TableCell>{format.number(circle.participantCount)}</TableCell>
                        <TableCell>{format.number(circle.sessionCount)}</TableCell>
                        <TableCell>{circle.lastSessionOn ? format.date(circle.lastSessionOn) : '–'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          {mayStart && (
            <section className="lk-card" aria-labelledby="lk-start-circle-title">
              <StartCircleForm
                region={region}
                developerId={regions.data?.me.developer?.id}
                onStarted={(circleId, circleTitle) => {
                  setStarted(t('circles.started', { title: circleTitle }));
                  navigate(`/cirkels/${circleId}`);
                }}
              />
            </section>
          )}
        </div>
      )}
    </>
  );
}

import {
  Link, OrderedList, OrderedListItem, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { Diffusion, MonthlyTrend } from './overview.queries';

const MONTHS_SHOWN = 12;

/** The last twelve months in figures, with sessions as bars for the eye (the numbers say it all). */
export function Trends({ trends }: { readonly trends: readonly MonthlyTrend[] }) {
  const { t } = useI18n();
  const format = useFormat();
  const shown = trends.slice(-MONTHS_SHOWN);
  const most = Math.max(1, ...shown.map((m) => m.sessions));
  return (
    <div className="lk-table-scroll" role="region" aria-labelledby="lk-trends-caption" tabIndex={0}>
      <Table>
        <TableCaption id="lk-trends-caption" className="lk-table-caption">{t('overview.trendsCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('overview.month')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('overview.sessions')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('overview.learnings')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('overview.adoptions')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('overview.hoursLogged')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((m) => (
            <TableRow key={m.month}>
              <TableHeaderCell scope="row">{format.month(m.month)}</TableHeaderCell>
              <TableCell>
                {format.number(m.sessions)}
                <span className="lk-bar" aria-hidden="true"><span className="lk-bar__fill" style={{ inlineSize: `${(m.sessions / most) * 100}%` }} /></span>
              </TableCell>
              <TableCell>{format.number(m.learningsCaptured)}</TableCell>
              <TableCell>{format.number(m.adoptions)}</TableCell>
              <TableCell>{format.number(m.hoursLogged, 1)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The learnings adopted by the most other regions. */
export function Travelled({ diffusion }: { readonly diffusion: readonly Diffusion[] }) {
  const { t } = useI18n();
  const furthest = [...diffusion].filter((d) => d.adoptions.length > 0).sort((a, b) => b.adoptions.length - a.adoptions.length).slice(0, 10);
  if (furthest.length === 0) return <Paragraph>{t('overview.noTravel')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('overview.travelledIntro')}</Paragraph>
      <OrderedList>
        {furthest.map((d) => (
          <OrderedListItem key={d.learningId}>
            <Link href={`/lessen/${d.learningId}`}>{d.title}</Link>{' '}
            ({d.originRegion?.name ?? d.originRegionId}).{' '}
            {t('overview.adoptedBy', { n: d.adoptions.length, regions: d.adoptions.map((a) => a.region?.name ?? a.regionId).join(', ') })}
          </OrderedListItem>
        ))}
      </OrderedList>
    </>
  );
}

import {
  Button, Table, TableBody, TableHeader, TableHeaderCell, TableRow, TableCell, TableCaption,
} from '@rijkshuisstijl-community/components-react';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { WeekInfo } from './iso-week';
import type { WeeklyLog } from './my-week.queries';

export type WeekState = 'logged' | 'gap' | 'current-open' | 'before-appointment';

export function weekState(week: WeekInfo, log: WeeklyLog | undefined, currentWeek: string, appointedOn: string): WeekState {
  if (log) return 'logged';
  if (week.sunday < appointedOn) return 'before-appointment';
  return week.id === currentWeek ? 'current-open' : 'gap';
}

/**
 * The last twelve weeks at a glance: hours as a bar against the agreed hours, and every week
 * without a log marked as a gap, in words as well as colour.
 */
export function WeekOverview(props: {
  readonly weeks: readonly WeekInfo[];
  readonly logs: ReadonlyMap<string, WeeklyLog>;
  readonly currentWeek: string;
  readonly appointedOn: string;
  readonly hoursPerWeek: number;
  readonly selected: string;
  onSelect(week: WeekInfo): void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const gaps = props.weeks.filter((w) => weekState(w, props.logs.get(w.id), props.currentWeek, props.appointedOn) === 'gap').length;
  const newestFirst = [...props.weeks].reverse();
  return (
    <div className="lk-table-scroll" role="region" aria-labelledby="lk-weeks-caption" tabIndex={0}>
      <Table className="lk-weeks">
        <TableCaption id="lk-weeks-caption" className="lk-table-caption">
          {t('myWeek.overviewCaption')} {gaps === 0 ? t('myWeek.noGaps') : t('myWeek.gaps', { n: gaps })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('myWeek.week')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('myWeek.hours')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('myWeek.status')}</TableHeaderCell>
            <TableHeaderCell scope="col"><span className="lk-visually-hidden">{t('common.action')}</span></TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {newestFirst.map((week) => {
            const log = props.logs.get(week.id);
            const state = weekState(week, log, props.currentWeek, props.appointedOn);
            const share = log ? Math.min(1, log.hours / Math.max(props.hoursPerWeek, 1)) : 0;
            return (
              <TableRow key={week.id} className={`lk-week lk-week--${state}${props.selected === week.id ? ' lk-week--selected' : ''}`}>
                <TableHeaderCell scope="row">
                  {t('myWeek.weekNumber', { week: week.number })}{' '}
                  <span className="lk-week__dates">{format.shortDate(week.monday)} – {format.shortDate(week.sunday)}</span>
                </TableHeaderCell>
                <TableCell>
                  {log ? format.number(log.hours) : '–'}
                  {log && <span className="lk-bar" aria-hidden="true"><span className="lk-bar__fill" style={{ inlineSize: `${share * 100}%` }} /></span>}
                </TableCell>
                <TableCell>
                  <span className={`lk-badge lk-badge--${state}`}>{t(`myWeek.state.${state}`)}</span>
                  {log?.corrected && <span className="lk-badge lk-badge--corrected">{t('myWeek.corrected')}</span>}
                  {log?.late && <span className="lk-badge lk-badge--late">{t('myWeek.late')}</span>}
                </TableCell>
                <TableCell>
                  {state !== 'before-appointment' && (
                    <Button appearance="subtle-button" onClick={() => props.onSelect(week)}>
                      {log ? t('myWeek.correctWeek', { week: week.number }) : t('myWeek.logWeek', { week: week.number })}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

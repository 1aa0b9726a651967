import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { codesOf, label, THEMES } from '../../vocabulary';
import type { MatrixCell, RegionFigures } from './overview.queries';

/** Theme by region: circles and learnings in every cell; only the themes somebody worked on. */
export function ThemeMatrix(props: { readonly cells: readonly MatrixCell[]; readonly regions: readonly RegionFigures[] }) {
  const { t, language, locale } = useI18n();
  const format = useFormat();
  const cell = new Map(props.cells.map((c) => [`${c.regionId}/${c.theme}`, c]));
  const themes = codesOf(THEMES).filter((theme) => props.cells.some((c) => c.theme === theme));
  const busiest = Math.max(1, ...props.cells.map((c) => c.circles + c.learnings));
  const regions = [...props.regions].sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <div className="lk-table-scroll" role="region" aria-labelledby="lk-matrix-caption" tabIndex={0}>
      <Table className="lk-matrix">
        <TableCaption id="lk-matrix-caption" className="lk-table-caption">{t('overview.matrixCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('learnings.region')}</TableHeaderCell>
            {themes.map((theme) => <TableHeaderCell key={theme} scope="col">{label(THEMES, theme, language)}</TableHeaderCell>)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {regions.map((region) => (
            <TableRow key={region.regionId}>
              <TableHeaderCell scope="row">{region.name}</TableHeaderCell>
              {themes.map((theme) => {
                const found = cell.get(`${region.regionId}/${theme}`);
                if (!found) return <TableCell key={theme}><span aria-hidden="true">–</span><span className="lk-visually-hidden">{t('common.none')}</span></TableCell>;
                const heat = Math.ceil(((found.circles + found.learnings) / busiest) * 3);
                return (
                  <TableCell key={theme} className={`lk-heat-${heat}`}>
                    <span aria-hidden="true">{format.number(found.circles)} / {format.number(found.learnings)}</span>
                    <span className="lk-visually-hidden">{t('overview.matrixCell', { circles: found.circles, learnings: found.learnings })}</span>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { RegionFigures } from './overview.queries';

type Level = 'none' | 'low' | 'medium' | 'high';

function levelOf(sessions: number, busiest: number): Level {
  if (sessions === 0) return 'none';
  const share = sessions / Math.max(busiest, 1);
  return share <= 1 / 3 ? 'low' : share <= 2 / 3 ? 'medium' : 'high';
}

/** All 42 jeugdregio's as tiles, by province: activity in colour and in words. */
export function RegionGrid(props: { readonly regions: readonly RegionFigures[]; readonly provinces: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  const format = useFormat();
  const busiest = Math.max(0, ...props.regions.map((r) => r.sessionsLast90Days));
  const byProvince = new Map<string, RegionFigures[]>();
  for (const region of props.regions) {
    const province = props.provinces.get(region.regionId) ?? '–';
    byProvince.set(province, [...(byProvince.get(province) ?? []), region]);
  }
  const provinces = [...byProvince.keys()].sort((a, b) => a.localeCompare(b, locale));
  return (
    <>
      <Paragraph>{t('overview.mapIntro')}</Paragraph>
      {provinces.map((province) => (
        <div key={province}>
          <Heading level={3} appearanceLevel={5} className="lk-province">{province}</Heading>
          <ul className="lk-tiles">
            {(byProvince.get(province) ?? []).sort((a, b) => a.name.localeCompare(b.name, locale)).map((region) => {
              const level = levelOf(region.sessionsLast90Days, busiest);
              return (
                <li key={region.regionId} className={`lk-tile lk-tile--${level}`}>
                  <span className="lk-tile__name">{region.name}</span>
                  <span className="lk-tile__level">{t(`overview.level.${level}`)}</span>
                  <span className="lk-tile__figures">
                    {t('overview.tile', { circles: format.number(region.activeCircles), sessions: format.number(region.sessionsLast90Days), learnings: format.number(region.learningsCaptured) })}
                  </span>
                  {region.lastActivityOn && <span className="lk-tile__last">{t('overview.lastActivity', { date: format.date(region.lastActivityOn) })}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}

import {
  ActionGroup, Button, Heading, Link, Paragraph,
} from '@rijkshuisstijl-community/components-react';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { CheckboxFieldset } from '../../components/checkbox-fieldset';
import { SelectField, TextField } from '../../components/fields';
import { PageHeading } from '../../components/page-heading';
import { QueryStatus } from '../../components/query-status';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useRouter } from '../../shell/router';
import { codesOf, EVIDENCE_LEVELS, label, THEMES } from '../../vocabulary';
import { LEARNINGS, REGIONS, type LearningCard, type LearningPage } from './learnings.queries';

/** The filter lives in the address (`?zoek=wachttijd&thema=WACHTTIJDEN`), so a search can be shared and bookmarked. */
function filterOf(search: URLSearchParams) {
  const text = search.get('zoek')?.trim();
  const theme = search.get('thema');
  const region = search.get('regio');
  const evidence = search.get('bewijs');
  return {
    ...(text ? { search: text } : {}),
    ...(theme ? { themes: [theme] } : {}),
    ...(region ? { regionIds: [region] } : {}),
    ...(evidence ? { evidenceAtLeast: evidence } : {}),
    ...(search.get('uitgelicht') === '1' ? { promotedOnly: true } : {}),
  };
}

export default function LearningsScreen() {
  const { t, language } = useI18n();
  const format = useFormat();
  const { query } = useSession();
  const { location, navigate } = useRouter();
  const [text, setText] = useState(location.search.get('zoek') ?? '');
  const [theme, setTheme] = useState(location.search.get('thema') ?? '');
  const [region, setRegion] = useState(location.search.get('regio') ?? '');
  const [evidence, setEvidence] = useState(location.search.get('bewijs') ?? '');
  const [promoted, setPromoted] = useState(location.search.get('uitgelicht') === '1' ? ['1'] : []);
  const filter = filterOf(location.search);
  const first = useQuery<{ learnings: LearningPage }>(LEARNINGS, { filter });
  const regions = useQuery<{ regions: { id: string; name: string }[] }>(REGIONS);
  const [more, setMore] = useState<{ cards: LearningCard[]; page: LearningPage['pageInfo'] }>();
  const [moreError, setMoreError] = useState<ApiError>();
  useEffect(() => setMore(undefined), [first.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (text.trim()) params.set('zoek', text.trim());
    if (theme) params.set('thema', theme);
    if (region) params.set('regio', region);
    if (evidence) params.set('bewijs', evidence);
    if (promoted.length) params.set('uitgelicht', '1');
    navigate(`/lessen${params.size ? `?${params}` : ''}`);
  };

  const page = more?.page ?? first.data?.learnings.pageInfo;
  const cards = [...(first.data?.learnings.edges.map((e) => e.node) ?? []), ...(more?.cards ?? [])];
  const total = first.data?.learnings.totalCount;
  const loadMore = async () => {
    try {
      const next = await query<{ learnings: LearningPage }>(LEARNINGS, { filter, after: page?.endCursor });
      setMore({ cards: [...(more?.cards ?? []), ...next.learnings.edges.map((e) => e.node)], page: next.learnings.pageInfo });
    } catch (failure) {
      setMoreError(failure as ApiError);
    }
  };
  const title = t('learnings.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph className="lk-lead">{t('learnings.intro')}</Paragraph>
      <form role="search" onSubmit={submit} noValidate aria-labelledby="lk-filters-title" className="lk-card lk-section">
        <Heading level={2} appearanceLevel={4} id="lk-filters-title">{t('learnings.filtersTitle')}</Heading>
        <TextField id="veld-zoek" type="search" label={t('learnings.search')} description={t('learnings.searchHint')} value={text} onChange={setText} />
        <div className="lk-filters">
          <SelectField id="veld-thema" label={t('learnings.theme')} value={theme} onChange={setTheme} emptyOption={t('common.any')}
            options={codesOf(THEMES).map((code) => ({ value: code, label: label(THEMES, code, language) }))} />
          <SelectField id="veld-regio" label={t('learnings.region')} value={region} onChange={setRegion} emptyOption={t('common.any')}
            options={(regions.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))} />
          <SelectField id="veld-bewijs" label={t('learnings.evidence')} value={evidence} onChange={setEvidence} emptyOption={t('common.any')}
            options={codesOf(EVIDENCE_LEVELS).map((code) => ({ value: code, label: label(EVIDENCE_LEVELS, code, language) }))} />
        </div>
        <CheckboxFieldset id="veld-uitgelicht" legend={t('learnings.promoted')} selected={promoted} onChange={setPromoted}
          options={[{ value: '1', label: t('learnings.promotedOnly') }]} />
        <ActionGroup>
          <Button type="submit" appearance="primary-action-button">{t('learnings.submit')}</Button>
        </ActionGroup>
      </form>
      <QueryStatus loading={first.loading} error={first.error ?? moreError} />
      <section aria-labelledby="lk-results-title">
        <Heading level={2} id="lk-results-title" appearanceLevel={3}>
          {first.data && (cards.length === 0 ? t('learnings.noResults') : total != null && total > cards.length
            ? t('learnings.resultsShown', { shown: format.number(cards.length), n: format.number(total) })
            : t('learnings.results', { n: format.number(total ?? cards.length) }))}
        </Heading>
        <ul className="lk-results">
          {cards.map((card) => (
            <li key={card.id} className="lk-card lk-result">
              <Heading level={3} appearanceLevel={4}><Link href={`/lessen/${card.id}`}>{card.title}</Link></Heading>
              <Paragraph className="lk-meta">
                {t('learnings.fromRegion', { region: card.region?.name ?? card.regionId, date: format.date(card.capturedOn) })}
                {' · '}{label(EVIDENCE_LEVELS, card.evidenceLevel, language)}
                {' · '}{t('learnings.counts', { endorsements: format.number(card.endorsementCount), adoptions: format.number(card.adoptionCount) })}
              </Paragraph>
              <Paragraph className="lk-meta">
                {card.promoted && <span className="lk-badge lk-badge--promoted">{t('learnings.promoted')}</span>}
                {card.status === 'RETRACTED' && <span className="lk-badge lk-badge--retracted">{t('learnings.retracted')}</span>}
                {card.themes.map((th) => label(THEMES, th, language)).join(', ')}
              </Paragraph>
              <Paragraph>{card.insight.length > 240 ? `${card.insight.slice(0, 240)}…` : card.insight}</Paragraph>
            </li>
          ))}
        </ul>
        {page?.hasNextPage && (
          <ActionGroup>
            <Button appearance="secondary-action-button" onClick={() => void loadMore()}>{t('learnings.loadMore')}</Button>
          </ActionGroup>
        )}
      </section>
    </>
  );
}

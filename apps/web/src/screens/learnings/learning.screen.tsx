import {
  Alert, DataSummary, DataSummaryItem, Heading, Link, Paragraph, UnorderedList, UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { PageHeading } from '../../components/page-heading';
import { QueryStatus, StatusMessage } from '../../components/query-status';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { EVIDENCE_LEVELS, KNOWLEDGE_SOURCES, label, LEARNING_ORIGINS, THEMES } from '../../vocabulary';
import { AdoptForm, EndorseForm, PromoteForm } from './learning-actions';
import { LearningStory } from './learning-story';
import { LEARNING, type LearningDetail } from './learnings.queries';

/** One learning: what it says, its story across regions, and what the person's role may do with it. */
export default function LearningScreen({ params }: { readonly params: Record<string, string> }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { principal } = useSession();
  const { data, loading, error, reload } = useQuery<{ learning: LearningDetail | null; regions: { id: string; name: string }[] }>(LEARNING, { id: params['id'] });
  const [done, setDone] = useState<string>();
  const learning = data?.learning ?? undefined;

  if (!learning || !principal) {
    const title = t('learnings.title');
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <QueryStatus loading={loading} error={error} />
        {data && <Alert type="warning"><Paragraph>{t('learnings.notFound')}</Paragraph></Alert>}
        <Link href="/lessen">{t('learnings.back')}</Link>
      </>
    );
  }

  const role = principal.role;
  const regional = role === 'regio-ambassadeur' || role === 'ontwikkelaar';
  const own = principal.regionIds.length > 0 && principal.regionIds.every((r) => r === learning.regionId);
  const mine = principal.regionIds[0];
  const active = learning.status === 'ACTIVE';
  const endorsedByMine = learning.endorsements.some((e) => e.regionId === mine);
  const adoptedByMine = learning.adoptions.some((a) => a.regionId === mine);
  const after = (message: string) => () => {
    setDone(message);
    reload();
  };

  return (
    <>
      <Link href="/lessen">{t('learnings.back')}</Link>
      <PageHeading title={learning.title}>{learning.title}</PageHeading>
      <Paragraph className="lk-meta">
        {learning.promoted && <span className="lk-badge lk-badge--promoted">{t('learnings.promoted')}</span>}
        {!active && <span className="lk-badge lk-badge--retracted">{t('learnings.retracted')}</span>}
      </Paragraph>
      <StatusMessage message={done} />
      <div className="lk-two-columns">
        <div>
          <section className="lk-section" aria-labelledby="lk-insight-title">
            <Heading level={2} id="lk-insight-title">{t('learnings.insight')}</Heading>
            <Paragraph className="lk-lead">{learning.insight}</Paragraph>
            {learning.successFactors.length > 0 && (
              <>
                <Heading level={3}>{t('learnings.successFactors')}</Heading>
                <UnorderedList>{learning.successFactors.map((f, i) => <UnorderedListItem key={i}>{f}</UnorderedListItem>)}</UnorderedList>
              </>
            )}
          </section>
          <section className="lk-section" aria-labelledby="lk-story-title">
            <Heading level={2} id="lk-story-title">{t('learnings.story')}</Heading>
            <LearningStory learning={learning} />
          </section>
          <section className="lk-section" aria-labelledby="lk-details-title">
            <Heading level={2} id="lk-details-title">{t('learnings.details')}</Heading>
            <DataSummary>
              <DataSummaryItem itemKey={t('learnings.region')} itemValue={learning.region?.name ?? learning.regionId} />
              <DataSummaryItem itemKey={t('learnings.circle')} itemValue={learning.circle?.title ?? '–'} href={`/cirkels/${learning.circleId}`} />
              <DataSummaryItem itemKey={t('learnings.theme')} itemValue={learning.themes.map((th) => label(THEMES, th, language)).join(', ')} />
              <DataSummaryItem itemKey={t('circles.fieldEvidence')} itemValue={label(EVIDENCE_LEVELS, learning.evidenceLevel, language)} />
              <DataSummaryItem itemKey={t('learnings.sources')} itemValue={learning.knowledgeSources.map((s) => label(KNOWLEDGE_SOURCES, s, language)).join(', ')} />
              <DataSummaryItem itemKey={t('learnings.origin')} itemValue={label(LEARNING_ORIGINS, learning.origin, language)} />
              <DataSummaryItem itemKey={t('circles.fieldDate')} itemValue={format.date(learning.capturedOn)} />
            </DataSummary>
          </section>
        </div>
        <div>
          {active && regional && own && <Paragraph className="lk-card">{t('learnings.ownRegion')}</Paragraph>}
          {active && (role === 'landelijk-ambassadeur' || (regional && !own)) && (
            <section className="lk-card lk-section" aria-labelledby="lk-endorse-title">
              {regional && endorsedByMine && principal.regionIds.length === 1
                ? <><Heading level={3} id="lk-endorse-title">{t('learnings.endorseTitle')}</Heading><Paragraph>{t('learnings.alreadyEndorsed')}</Paragraph></>
                : <EndorseForm learning={learning} principal={principal} regions={data?.regions ?? []} onDone={after(t('learnings.endorsed'))} />}
            </section>
          )}
          {active && regional && !own && (
            <section className="lk-card lk-section" aria-labelledby="lk-adopt-title">
              {adoptedByMine && principal.regionIds.length === 1
                ? <><Heading level={3} id="lk-adopt-title">{t('learnings.adoptTitle')}</Heading><Paragraph>{t('learnings.alreadyAdopted')}</Paragraph></>
                : <AdoptForm learning={learning} principal={principal} regions={data?.regions ?? []} onDone={after(t('learnings.adopted'))} />}
            </section>
          )}
          {active && role === 'landelijk-ambassadeur' && !learning.promoted && (
            <section className="lk-card lk-section" aria-labelledby="lk-promote-title">
              <PromoteForm learning={learning} onDone={after(t('learnings.promotedDone'))} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}

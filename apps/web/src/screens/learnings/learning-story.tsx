import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { LearningDetail } from './learnings.queries';

interface Moment {
  readonly date: string;
  readonly what: string;
  readonly detail?: string;
}

/** Captured, revised, endorsed, adopted, promoted, retracted: in the order it happened. */
export function LearningStory({ learning }: { readonly learning: LearningDetail }) {
  const { t } = useI18n();
  const format = useFormat();
  const name = (r: { regionId: string; region: { name: string } | null }) => r.region?.name ?? r.regionId;
  const moments: Moment[] = [
    {
      date: learning.capturedOn,
      what: t('learnings.storyCaptured', { region: learning.region?.name ?? learning.regionId }),
      ...(learning.circle ? { detail: t('learnings.inCircle', { circle: learning.circle.title }) } : {}),
    },
    ...(learning.revisedOn ? [{ date: learning.revisedOn, what: t('learnings.storyRevised') }] : []),
    ...learning.endorsements.map((e) => ({
      date: e.endorsedOn, what: t('learnings.storyEndorsed', { region: name(e) }),
      ...(e.comment ? { detail: t('learnings.comment', { text: e.comment }) } : {}),
    })),
    ...learning.adoptions.map((a) => ({
      date: a.adoptedOn, what: t('learnings.storyAdopted', { region: name(a) }), detail: t('learnings.adaptation', { text: a.adaptation }),
    })),
    ...(learning.promotedOn ? [{
      date: learning.promotedOn, what: t('learnings.storyPromoted'),
      ...(learning.promotionReason ? { detail: t('learnings.reason', { text: learning.promotionReason }) } : {}),
    }] : []),
    ...(learning.retractedOn ? [{
      date: learning.retractedOn, what: t('learnings.storyRetracted'),
      ...(learning.retractionReason ? { detail: t('learnings.reason', { text: learning.retractionReason }) } : {}),
    }] : []),
  ];
  // Stable: same-day moments keep the order above (captured before endorsed before adopted).
  const ordered = moments.map((m, i) => ({ m, i })).sort((a, b) => a.m.date.localeCompare(b.m.date) || a.i - b.i).map(({ m }) => m);
  return (
    <ol className="lk-story">
      {ordered.map((moment, i) => (
        <li key={i}>
          <time dateTime={moment.date}>{format.date(moment.date)}</time>
          <span className="lk-story__what">{moment.what}</span>
          {moment.detail && <span className="lk-story__detail"> {moment.detail}</span>}
        </li>
      ))}
    </ol>
  );
}

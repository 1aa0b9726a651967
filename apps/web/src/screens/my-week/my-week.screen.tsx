import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useMemo, useState } from 'react';
import type { MutationResult } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { PageHeading } from '../../components/page-heading';
import { QueryStatus, StatusMessage } from '../../components/query-status';
import { useI18n } from '../../i18n/i18n';
import { recentWeeks, type WeekInfo } from './iso-week';
import { ME_AS_AMBASSADOR, WEEKLY_LOGS, type MyAmbassador, type WeeklyLog } from './my-week.queries';
import { copiedFrom, draftOf, emptyDraft, type WeekDraft } from './week-draft';
import { WeekForm } from './week-form';
import { WeekOverview } from './week-overview';

const WEEKS_SHOWN = 12;

/** Drafts per week survive a refusal, a switch to another week and even a new sign-in in this tab. */
function useDrafts(ambassadorId: string | undefined) {
  const storageKey = `leerkring.weekconcepten.${ambassadorId ?? ''}`;
  const [drafts, setDrafts] = useState<Record<string, WeekDraft>>({});
  useEffect(() => {
    if (!ambassadorId) return;
    try {
      setDrafts(JSON.parse(sessionStorage.getItem(storageKey) ?? '{}') as Record<string, WeekDraft>);
    } catch {
      setDrafts({});
    }
  }, [ambassadorId, storageKey]);
  const update = (change: (current: Record<string, WeekDraft>) => Record<string, WeekDraft>) => {
    setDrafts((current) => {
      const next = change(current);
      if (ambassadorId) sessionStorage.setItem(storageKey, JSON.stringify(next));
      return next;
    });
  };
  return [drafts, update] as const;
}

export default function MyWeekScreen() {
  const { t, locale } = useI18n();
  const weeks = useMemo(() => recentWeeks(WEEKS_SHOWN), []);
  const currentWeek = weeks[weeks.length - 1] as WeekInfo;
  const me = useQuery<{ me: { ambassador: MyAmbassador | null } }>(ME_AS_AMBASSADOR);
  const ambassador = me.data?.me.ambassador ?? undefined;
  const logs = useQuery<{ weeklyLogs: WeeklyLog[] }>(
    WEEKLY_LOGS,
    { ambassadorId: ambassador?.id, fromWeek: weeks[0]?.id, toWeek: currentWeek.id },
    { skip: !ambassador },
  );
  const byWeek = useMemo(() => new Map((logs.data?.weeklyLogs ?? []).map((log) => [log.week, log])), [logs.data]);
  const [selected, setSelected] = useState<WeekInfo>(currentWeek);
  const [drafts, updateDrafts] = useDrafts(ambassador?.id);
  const [saved, setSaved] = useState<string>();
  // What was just saved stays in the form until the read model answers with it (no flicker to defaults).
  const [justSaved, setJustSaved] = useState<{ week: string; draft: WeekDraft }>();
  useEffect(() => setJustSaved(undefined), [logs.data]);

  const title = t('myWeek.title');
  if (!ambassador) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <QueryStatus loading={me.loading} error={me.error} />
        {me.data && <Alert type="warning"><Paragraph>{t('myWeek.notAnAmbassador')}</Paragraph></Alert>}
      </>
    );
  }

  const logged = byWeek.get(selected.id);
  const previous = [...byWeek.values()].filter((log) => log.week < selected.id).sort((a, b) => b.week.localeCompare(a.week))[0];
  const draft = drafts[selected.id]
    ?? (justSaved?.week === selected.id ? justSaved.draft : undefined)
    ?? (logged ? draftOf(logged, locale) : emptyDraft(ambassador.hoursPerWeek, locale));
  const setDraft = (next: WeekDraft) => updateDrafts((current) => ({ ...current, [selected.id]: next }));

  const select = (week: WeekInfo) => {
    setSelected(week);
    setSaved(undefined);
    requestAnimationFrame(() => document.getElementById('lk-week-form-title')?.focus());
  };
  const onSaved = (result: MutationResult, week: WeekInfo) => {
    setJustSaved({ week: week.id, draft: { ...draft, whatChanged: '' } });
    updateDrafts((current) => {
      const { [week.id]: _saved, ...rest } = current;
      return rest;
    });
    setSaved(t('myWeek.saved', { week: week.number }));
    logs.reload(result.position);
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph className="lk-lead">
        {ambassador.region ? t('myWeek.introRegion', { region: ambassador.region.name, hours: ambassador.hoursPerWeek }) : t('myWeek.introNational', { hours: ambassador.hoursPerWeek })}
      </Paragraph>
      <StatusMessage message={saved} />
      <div className="lk-two-columns">
        <section aria-labelledby="lk-week-form-title" className="lk-card">
          {!logs.data ? <QueryStatus loading={logs.loading} error={logs.error} /> : <WeekForm
            key={selected.id}
            ambassadorId={ambassador.id}
            week={selected}
            logged={logged}
            previous={previous}
            circles={ambassador.region?.circles ?? []}
            national={!ambassador.regionId}
            draft={draft}
            onDraftChange={setDraft}
            onCopyPrevious={() => previous && setDraft(copiedFrom(previous, locale))}
            onSaved={onSaved}
          />}
        </section>
        <section aria-labelledby="lk-weeks-title" className="lk-card">
          <Heading level={2} id="lk-weeks-title">{t('myWeek.overviewTitle')}</Heading>
          <WeekOverview
            weeks={weeks}
            logs={byWeek}
            currentWeek={currentWeek.id}
            appointedOn={ambassador.appointedOn}
            hoursPerWeek={ambassador.hoursPerWeek}
            selected={selected.id}
            onSelect={select}
          />
        </section>
      </div>
    </>
  );
}

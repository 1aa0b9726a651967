import {
  Alert, Heading, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { PageHeading } from '../../components/page-heading';
import { QueryStatus, StatusMessage } from '../../components/query-status';
import { useFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useRouter } from '../../shell/router';
import { label, SECTORS, SESSION_FORMATS, THEMES } from '../../vocabulary';
import { AddParticipantForm } from './add-participant-form';
import { CaptureLearningForm } from './capture-learning-form';
import { CIRCLE, type CircleDetail } from './circles.queries';
import { RecordSessionForm } from './record-session-form';

/** One circle: who takes part, its sessions, and (as the role allows) the forms to add to it. */
export default function CircleScreen({ params }: { readonly params: Record<string, string> }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { principal } = useSession();
  const { navigate } = useRouter();
  const { data, loading, error, reload } = useQuery<{ circle: CircleDetail | null }>(CIRCLE, { id: params['id'] });
  const [done, setDone] = useState<string>();
  const circle = data?.circle ?? undefined;

  if (!circle) {
    const title = t('circles.title');
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <QueryStatus loading={loading} error={error} />
        {data && <Alert type="warning"><Paragraph>{t('circles.notFound')}</Paragraph></Alert>}
        <Link href="/cirkels">{t('circles.back')}</Link>
      </>
    );
  }

  const inRegion = (principal?.regionIds ?? []).includes(circle.regionId);
  const role = principal?.role;
  const open = circle.status === 'OPEN';
  const after = (message: string) => {
    setDone(message);
    reload();
  };

  return (
    <>
      <Link href={`/cirkels?regio=${circle.regionId}`}>{t('circles.back')}</Link>
      <PageHeading title={circle.title}>{circle.title}</PageHeading>
      <Paragraph className="lk-lead">
        {circle.region?.name} · {t('circles.startedOn', { date: format.date(circle.startedOn) })}
        {circle.closedOn && ` · ${t('circles.closedOn', { date: format.date(circle.closedOn) })}`}
        {circle.developer?.name && ` · ${t('circles.facilitatedBy', { name: circle.developer.name })}`}
      </Paragraph>
      <Paragraph>{circle.themes.map((theme) => label(THEMES, theme, language)).join(', ')}</Paragraph>
      {circle.description && <Paragraph>{circle.description}</Paragraph>}
      <StatusMessage message={done} />
      <div className="lk-two-columns">
        <div>
          <section className="lk-card lk-section" aria-labelledby="lk-participants-title">
            <Heading level={2} id="lk-participants-title">{t('circles.participantsTitle')}</Heading>
            {circle.participants.length === 0 ? <Paragraph>{t('circles.noParticipants')}</Paragraph> : (
              <div className="lk-table-scroll" role="region" aria-labelledby="lk-participants-caption" tabIndex={0}>
                <Table>
                  <TableCaption id="lk-participants-caption" className="lk-table-caption">{t('circles.participantsTitle')}: {circle.participants.length}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('circles.colName')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('circles.colRole')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('circles.colOrganisation')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('circles.colSector')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {circle.participants.map((p) => (
                      <TableRow key={p.id}>
                        <TableHeaderCell scope="row">{p.name ?? '–'}</TableHeaderCell>
                        <TableCell>{p.role}</TableCell>
                        <TableCell>{p.organisation}</TableCell>
                        <TableCell>{label(SECTORS, p.sector, language)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          <section className="lk-card lk-section" aria-labelledby="lk-sessions-title">
            <Heading level={2} id="lk-sessions-title">{t('circles.sessionsTitle')}</Heading>
            {circle.sessions.length === 0 ? <Paragraph>{t('circles.noSessions')}</Paragraph> : (
              <ol className="lk-story">
                {circle.sessions.map((s) => (
                  <li key={s.id}>
                    <time dateTime={s.date}>
                      {t('circles.sessionLine', { date: format.date(s.date), format: label(SESSION_FORMATS, s.format, language), n: format.number(s.attendeeCount) })}
                    </time>
                    {s.summary}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <div>
          {inRegion && open && (role === 'ontwikkelaar' || role === 'regio-ambassadeur') && (
            <section className="lk-card lk-section" aria-labelledby="lk-add-participant-title">
              <AddParticipantForm circleId={circle.id} onAdded={(name) => after(t('circles.participantAdded', { name }))} />
            </section>
          )}
          {inRegion && open && role === 'ontwikkelaar' && (
            <section className="lk-card lk-section" aria-labelledby="lk-record-session-title">
              <RecordSessionForm circleId={circle.id} onRecorded={(date) => after(t('circles.sessionRecorded', { date: format.date(date) }))} />
            </section>
          )}
          {inRegion && (role === 'ontwikkelaar' || role === 'regio-ambassadeur') && (
            <section className="lk-card lk-section" aria-labelledby="lk-capture-title">
              <CaptureLearningForm circleId={circle.id} circleThemes={circle.themes} onCaptured={(id) => navigate(`/lessen/${id}`)} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}

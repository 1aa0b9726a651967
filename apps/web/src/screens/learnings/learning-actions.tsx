import { ActionGroup, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import type { Principal } from '../../api/auth-client';
import { SelectField, TextareaField, TextField } from '../../components/fields';
import { ErrorSummary } from '../../components/form-problems';
import { useCommand } from '../../components/use-command';
import { todayInNetherlands } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { LearningDetail } from './learnings.queries';

type Region = { readonly id: string; readonly name: string };

/** Which region the person acts for: their own (the first of their claim), or for a national role one they pick. */
function useActingRegion(principal: Principal, regions: readonly Region[], learning: LearningDetail) {
  const claim = principal.regionIds;
  const options = (claim.length ? regions.filter((r) => claim.includes(r.id)) : regions).filter((r) => r.id !== learning.regionId);
  const [regionId, setRegionId] = useState(options[0]?.id ?? '');
  return { regionId, setRegionId, options, fixed: claim.length === 1 };
}

function ActingRegionField(props: { readonly id: string; readonly acting: ReturnType<typeof useActingRegion>; readonly error: string | undefined }) {
  const { t } = useI18n();
  const { acting } = props;
  if (acting.fixed) {
    return <Paragraph>{t('learnings.actsFor', { region: acting.options.find((r) => r.id === acting.regionId)?.name ?? acting.regionId })}</Paragraph>;
  }
  return (
    <SelectField id={props.id} label={t('learnings.region')} value={acting.regionId} onChange={acting.setRegionId}
      options={acting.options.map((r) => ({ value: r.id, label: r.name }))} error={props.error} />
  );
}

export function EndorseForm(props: { readonly learning: LearningDetail; readonly principal: Principal; readonly regions: readonly Region[]; onDone(): void }) {
  const { t } = useI18n();
  const fields = { byRegionId: 'veld-onderschrijf-regio', comment: 'veld-onderschrijf-toelichting' };
  const command = useCommand('endorseLearning', fields);
  const acting = useActingRegion(props.principal, props.regions, props.learning);
  const [comment, setComment] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await command.run({ learningId: props.learning.id, byRegionId: acting.regionId, ...(comment.trim() ? { comment } : {}) });
    if (result) props.onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-endorse-title">
      <Heading level={3} id="lk-endorse-title">{t('learnings.endorseTitle')}</Heading>
      <ErrorSummary problems={command.problems} />
      <ActingRegionField id={fields.byRegionId} acting={acting} error={command.problems.forField('byRegionId')} />
      <TextareaField id={fields.comment} label={t('learnings.endorseComment')} value={comment} onChange={setComment} rows={2} error={command.problems.forField('comment')} />
      <ActionGroup><Button type="submit" appearance="primary-action-button">{t('learnings.endorse')}</Button></ActionGroup>
    </form>
  );
}

export function AdoptForm(props: { readonly learning: LearningDetail; readonly principal: Principal; readonly regions: readonly Region[]; onDone(): void }) {
  const { t } = useI18n();
  const fields = { byRegionId: 'veld-overname-regio', adaptation: 'veld-overname-aanpassing', adoptedOn: 'veld-overname-datum' };
  const command = useCommand('adoptLearning', fields);
  const acting = useActingRegion(props.principal, props.regions, props.learning);
  const [adaptation, setAdaptation] = useState('');
  const [adoptedOn, setAdoptedOn] = useState(todayInNetherlands);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await command.run({ learningId: props.learning.id, byRegionId: acting.regionId, adaptation, adoptedOn });
    if (result) props.onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-adopt-title">
      <Heading level={3} id="lk-adopt-title">{t('learnings.adoptTitle')}</Heading>
      <ErrorSummary problems={command.problems} />
      <ActingRegionField id={fields.byRegionId} acting={acting} error={command.problems.forField('byRegionId')} />
      <TextareaField id={fields.adaptation} label={t('learnings.adoptAdaptation')} value={adaptation} onChange={setAdaptation} rows={3} error={command.problems.forField('adaptation')} />
      <TextField id={fields.adoptedOn} type="date" label={t('learnings.adoptedOn')} value={adoptedOn} onChange={setAdoptedOn} error={command.problems.forField('adoptedOn')} />
      <ActionGroup><Button type="submit" appearance="primary-action-button">{t('learnings.adopt')}</Button></ActionGroup>
    </form>
  );
}

export function PromoteForm(props: { readonly learning: LearningDetail; onDone(): void }) {
  const { t } = useI18n();
  const fields = { reason: 'veld-uitlichten-reden', promoterId: 'veld-uitlichten-reden' };
  const command = useCommand('promoteLearning', fields);
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await command.run({ learningId: props.learning.id, reason });
    if (result) props.onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="lk-promote-title">
      <Heading level={3} id="lk-promote-title">{t('learnings.promoteTitle')}</Heading>
      <ErrorSummary problems={command.problems} />
      <TextareaField id={fields.reason} label={t('learnings.promoteReason')} value={reason} onChange={setReason} rows={3} error={command.problems.forField('reason')} />
      <ActionGroup><Button type="submit" appearance="primary-action-button">{t('learnings.promote')}</Button></ActionGroup>
    </form>
  );
}

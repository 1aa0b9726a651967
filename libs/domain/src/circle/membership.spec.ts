import { deciderSpec } from '../testing/decider-spec';
import {
  actionGroupId, addParticipant, annaId, bramAdded, bramId, carlaId, circleId, circleStarted, now, participantAdded,
  regionId,
} from './circle.fixtures';
import type { FormActionGroup, RemoveParticipant } from './index';
import { decider } from './index';

const spec = deciderSpec(decider, { now });
const started = circleStarted();

describe('AddParticipant', () => {
  it('adds a participant, with name and e-mail inside `person`', () => {
    spec.given([started]).when(addParticipant({ person: { name: ' Anna de Vries ', email: ' anna@example.nl ' } }))
      .then([participantAdded()]);
  });

  it('takes the e-mail address as optional', () => {
    spec.given([started]).when(addParticipant({ person: { name: 'Anna de Vries', email: '' } }))
      .then([participantAdded({ person: { name: 'Anna de Vries' } })]);
  });

  it('refuses a participant who already takes part', () => {
    const error = spec.given([started, participantAdded()]).when(addParticipant({ person: { name: 'Anna Smit' } }))
      .thenRefused('participant-already-added', 'rule');
    expect(error.field).toBe('participantId');
  });

  it('refuses the same name at the same organisation, whatever the case and spacing', () => {
    const error = spec.given([started, participantAdded()])
      .when(addParticipant({ participantId: carlaId, person: { name: 'anna  DE vries' }, organisation: ' EMERGIS' }))
      .thenRefused('duplicate-participant', 'rule');
    expect(error.field).toBe('person.name');
    expect(error.message).not.toContain('Anna');
  });

  it('accepts the same name at another organisation', () => {
    spec.given([started, participantAdded()])
      .when(addParticipant({ participantId: carlaId, organisation: 'GGD Zeeland', sector: 'ggd' }))
      .then([participantAdded({ participantId: carlaId, organisation: 'GGD Zeeland', sector: 'ggd' })]);
  });

  it('lets a removed participant rejoin, under the same id or a new one', () => {
    const removed = { type: 'ParticipantRemoved', data: { circleId, regionId, participantId: annaId } } as const;
    spec.given([started, participantAdded(), removed]).when(addParticipant()).then([participantAdded()]);
    spec.given([started, participantAdded(), removed]).when(addParticipant({ participantId: carlaId }))
      .then([participantAdded({ participantId: carlaId })]);
  });

  it('refuses a circle that was never started', () => {
    spec.given([]).when(addParticipant()).thenRefused('circle-not-found', 'not-found');
  });

  it.each([
    ['participantId', 'uuid-format', { participantId: 'anna' }],
    ['person.name', 'text-required', { person: { name: ' ' } }],
    ['person.name', 'text-too-long', { person: { name: 'x'.repeat(121) } }],
    ['person.email', 'email-format', { person: { name: 'Anna', email: 'anna@' } }],
    ['sector', 'value-not-allowed', { sector: 'zorg' }],
    ['organisation', 'text-required', { organisation: '' }],
    ['role', 'text-required', { role: '' }],
  ] as const)('refuses %s breaking %s', (field, rule, data) => {
    const error = spec.given([started]).when(addParticipant(data)).thenRefused(rule, 'invalid-input');
    expect(error.field).toBe(field);
  });
});

describe('RemoveParticipant', () => {
  const remove = (data: Partial<RemoveParticipant['data']> = {}): RemoveParticipant => ({
    type: 'RemoveParticipant', data: { circleId, participantId: annaId, ...data },
  });

  it('removes a current participant, with a reason when given', () => {
    spec.given([started, participantAdded()]).when(remove({ reason: ' Andere baan ' }))
      .then([{
        type: 'ParticipantRemoved', data: { circleId, regionId, participantId: annaId, reason: 'Andere baan' },
      }]);
    spec.given([started, participantAdded()]).when(remove())
      .then([{ type: 'ParticipantRemoved', data: { circleId, regionId, participantId: annaId } }]);
  });

  it('refuses someone who is not (or no longer) a participant', () => {
    spec.given([started, bramAdded]).when(remove()).thenRefused('not-a-participant', 'rule');
    const removed = { type: 'ParticipantRemoved', data: { circleId, regionId, participantId: annaId } } as const;
    spec.given([started, participantAdded(), removed])
      .when(remove()).thenRefused('not-a-participant', 'rule');
  });

  it('refuses a reason that is too long', () => {
    spec.given([started, participantAdded()]).when(remove({ reason: 'x'.repeat(1001) }))
      .thenRefused('text-too-long', 'invalid-input');
  });
});

describe('FormActionGroup', () => {
  const form = (data: Partial<FormActionGroup['data']> = {}): FormActionGroup => ({
    type: 'FormActionGroup',
    data: {
      circleId, actionGroupId, name: 'Actiegroep thuisnabij', theme: 'zo-thuis-mogelijk-opgroeien',
      memberIds: [annaId, bramId], ...data,
    },
  });
  const formed = {
    type: 'ActionGroupFormed',
    data: {
      circleId, regionId, actionGroupId, name: 'Actiegroep thuisnabij', theme: 'zo-thuis-mogelijk-opgroeien',
      memberIds: [annaId, bramId],
    },
  } as const;

  it('forms an action group of current participants', () => {
    spec.given([started, participantAdded(), bramAdded]).when(form()).then([formed]);
  });

  it('refuses a member who is not a participant', () => {
    const error = spec.given([started, participantAdded()]).when(form()).thenRefused('not-a-participant', 'rule');
    expect(error.field).toBe('memberIds');
  });

  it('refuses the same action group twice', () => {
    spec.given([started, participantAdded(), bramAdded, formed]).when(form({ name: 'Nog een' }))
      .thenRefused('action-group-already-formed', 'rule');
  });

  it.each([
    ['actionGroupId', 'uuid-format', { actionGroupId: '1' }],
    ['name', 'text-required', { name: '' }],
    ['theme', 'value-not-allowed', { theme: 'thuis' }],
    ['memberIds', 'too-few-values', { memberIds: [] }],
    ['memberIds', 'duplicate-values', { memberIds: [annaId, annaId.toUpperCase()] }],
    ['memberIds', 'uuid-format', { memberIds: ['anna'] }],
  ] as const)('refuses %s breaking %s', (field, rule, data) => {
    const error = spec.given([started, participantAdded(), bramAdded]).when(form(data))
      .thenRefused(rule, 'invalid-input');
    expect(error.field).toBe(field);
  });
});

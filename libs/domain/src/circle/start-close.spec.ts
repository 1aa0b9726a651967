import { decider } from './index';
import { deciderSpec } from '../testing/decider-spec';
import {
  actionGroupId, addParticipant, annaId, circleClosed, circleId, circleStarted, developerId, now, participantAdded,
  planId,
  regionId, sessionId, startCircle,
} from './circle.fixtures';
import type { CircleCommand } from './index';
import { eventSchema, isClosed, isOpen, regionOf, streamName, CIRCLE_EVENT_TYPES } from './index';
import { fold } from '../shared/decider';

const spec = deciderSpec(decider, { now });

describe('StartCircle', () => {
  it('starts a circle in a region the developer is assigned to', () => {
    spec.given([]).when(startCircle({
      description: '  Professionals uit alle sectoren  ', themes: ['24-uurszorg', 'wachttijden'],
      transformationPlanId: planId,
    }, { planBelongsToRegion: true })).then([{
      type: 'CircleStarted',
      data: {
        circleId, regionId, developerId, title: 'Werkgemeenschap Walcheren',
        description: 'Professionals uit alle sectoren',
        themes: ['24-uurszorg', 'wachttijden'], transformationPlanId: planId, startedOn: '2024-03-01',
      },
    }]);
  });

  it('leaves out an empty description and a missing plan', () => {
    const [event] = decider.decide(decider.initialState(), startCircle({ description: '   ' }), { now });
    expect(event?.data).not.toHaveProperty('description');
    expect(event?.data).not.toHaveProperty('transformationPlanId');
  });

  it('normalises ids and trims the title', () => {
    spec.given([]).when(startCircle({ circleId: circleId.toUpperCase(), title: '  Werkgemeenschap Walcheren ' }))
      .then([circleStarted()]);
  });

  it('may start today, by the Dutch calendar (22:30 UTC is already the next day in Amsterdam)', () => {
    spec.given([]).when(startCircle({ startedOn: '2024-06-16' }), { now: new Date('2024-06-15T22:30:00Z') })
      .then([circleStarted({ startedOn: '2024-06-16' })]);
  });

  it('refuses a start date in the future', () => {
    const error = spec.given([]).when(startCircle({ startedOn: '2024-06-16' }))
      .thenRefused('date-in-future', 'invalid-input');
    expect(error.field).toBe('startedOn');
  });

  it('refuses a second start, also of a closed circle', () => {
    spec.given([circleStarted()]).when(startCircle()).thenRefused('circle-already-started', 'rule');
    spec.given([circleStarted(), circleClosed]).when(startCircle()).thenRefused('circle-already-started', 'rule');
  });

  it('refuses an unknown region', () => {
    spec.given([]).when(startCircle({}, { regionExists: false })).thenRefused('region-not-found', 'not-found');
  });

  it('refuses a developer not assigned to the region', () => {
    spec.given([]).when(startCircle({}, { developerAssignedToRegion: false }))
      .thenRefused('developer-not-assigned-to-region', 'rule');
  });

  it("refuses another region's transformation plan, and a plan the handler did not check", () => {
    spec.given([]).when(startCircle({ transformationPlanId: planId }, { planBelongsToRegion: false }))
      .thenRefused('plan-not-in-region', 'rule');
    spec.given([]).when(startCircle({ transformationPlanId: planId })).thenRefused('plan-not-in-region', 'rule');
  });

  it.each([
    ['circleId', 'uuid-format', { circleId: 'cirkel-1' }],
    ['developerId', 'uuid-format', { developerId: '' }],
    ['transformationPlanId', 'uuid-format', { transformationPlanId: 'plan' }],
    ['regionId', 'region-id-format', { regionId: ' ' }],
    ['regionId', 'region-id-format', { regionId: 'jz38' }],
    ['title', 'text-required', { title: '' }],
    ['title', 'text-too-long', { title: 'x'.repeat(201) }],
    ['description', 'text-too-long', { description: 'x'.repeat(2001) }],
    ['themes', 'too-few-values', { themes: [] }],
    ['themes', 'value-not-allowed', { themes: ['jeugdzorg'] }],
    ['themes', 'duplicate-values', { themes: ['crisis', 'crisis'] }],
    ['startedOn', 'date-format', { startedOn: '01-03-2024' }],
    ['startedOn', 'date-invalid', { startedOn: '2024-02-30' }],
  ] as const)('refuses %s breaking %s', (field, rule, data) => {
    const error = spec.given([]).when(startCircle(data)).thenRefused(rule, 'invalid-input');
    expect(error.field).toBe(field);
  });
});

describe('CloseCircle', () => {
  const close = (data: { closedOn?: string; outcome?: string } = {}) => ({
    type: 'CloseCircle' as const,
    data: { circleId, closedOn: '2024-06-01', outcome: '  Plan van aanpak vastgesteld ', ...data },
  });

  it('closes an open circle with its outcome', () => {
    spec.given([circleStarted()]).when(close()).then([circleClosed]);
  });

  it('may close on the day it started', () => {
    spec.given([circleStarted()]).when(close({ closedOn: '2024-03-01' }))
      .then([{ ...circleClosed, data: { ...circleClosed.data, closedOn: '2024-03-01' } }]);
  });

  it('refuses a closing date before the start', () => {
    const error = spec.given([circleStarted()]).when(close({ closedOn: '2024-02-29' }))
      .thenRefused('close-before-circle-start', 'rule');
    expect(error.field).toBe('closedOn');
  });

  it('refuses a closing date in the future', () => {
    spec.given([circleStarted()]).when(close({ closedOn: '2024-06-16' }))
      .thenRefused('date-in-future', 'invalid-input');
  });

  it('requires an outcome', () => {
    const error = spec.given([circleStarted()]).when(close({ outcome: ' ' }))
      .thenRefused('text-required', 'invalid-input');
    expect(error.field).toBe('outcome');
  });

  it('refuses to close twice', () => {
    spec.given([circleStarted(), circleClosed]).when(close()).thenRefused('circle-closed', 'rule');
  });

  it('refuses a circle that was never started', () => {
    spec.given([]).when(close()).thenRefused('circle-not-found', 'not-found');
  });
});

describe('a closed circle', () => {
  const closed = [circleStarted(), participantAdded(), circleClosed];
  it.each([
    addParticipant({ participantId: developerId }),
    { type: 'RemoveParticipant', data: { circleId, participantId: annaId } },
    {
      type: 'RecordSession',
      data: {
        circleId, sessionId, date: '2024-05-01', format: 'plenair', attendeeCount: 1, sectorsPresent: [], summary: 'x',
      },
    },
    { type: 'FormActionGroup', data: { circleId, actionGroupId, name: 'x', theme: 'crisis', memberIds: [annaId] } },
  ] satisfies CircleCommand[])('refuses $type', (command) => {
    spec.given(closed).when(command).thenRefused('circle-closed', 'rule');
  });
});

describe('the helpers and schema', () => {
  it('tell the region and whether the circle is open', () => {
    const none = decider.initialState();
    const open = fold(decider, [circleStarted()]);
    const closed = fold(decider, [circleStarted(), circleClosed]);
    expect([regionOf(none), regionOf(open), regionOf(closed)]).toEqual([undefined, regionId, regionId]);
    expect([isOpen(none), isOpen(open), isOpen(closed)]).toEqual([false, true, false]);
    expect([isClosed(none), isClosed(open), isClosed(closed)]).toEqual([false, false, true]);
  });

  it('names the stream and keeps every event at version 1', () => {
    expect(streamName(circleId)).toBe(`circle-${circleId}`);
    expect(CIRCLE_EVENT_TYPES.map((type) => eventSchema.versions[type])).toEqual(CIRCLE_EVENT_TYPES.map(() => 1));
    expect(eventSchema.upcasters).toEqual([]);
  });
});

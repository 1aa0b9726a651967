import { deciderSpec } from '../testing/decider-spec';
import {
  annaId, bramAdded, bramId, carlaId, circleId, circleStarted, now, participantAdded, regionId, sessionId,
} from './circle.fixtures';
import type { RecordSession, SessionRecorded } from './index';
import { decider } from './index';

const spec = deciderSpec(decider, { now });
const history = [circleStarted(), participantAdded(), bramAdded];

const record = (data: Partial<RecordSession['data']> = {}): RecordSession => ({
  type: 'RecordSession',
  data: {
    circleId, sessionId, date: '2024-05-14', format: 'casusbespreking', attendeeCount: 12,
    sectorsPresent: ['jeugdhulp', 'onderwijs', 'gemeente'], summary: ' Casus besproken met omdenkers. ',
    ...data,
  },
});
const recorded = (data: Partial<SessionRecorded['data']> = {}): SessionRecorded => ({
  type: 'SessionRecorded',
  data: {
    circleId, regionId, sessionId, date: '2024-05-14', format: 'casusbespreking', attendeeCount: 12,
    sectorsPresent: ['jeugdhulp', 'onderwijs', 'gemeente'], summary: 'Casus besproken met omdenkers.',
    ...data,
  },
});

describe('RecordSession', () => {
  it('records a session', () => {
    spec.given(history).when(record()).then([recorded()]);
  });

  it('records which participants attended, when given', () => {
    spec.given(history).when(record({ attendeeIds: [annaId, bramId.toUpperCase()] }))
      .then([recorded({ attendeeIds: [annaId, bramId] })]);
  });

  it('accepts a session on the start date and on today by the Dutch calendar', () => {
    spec.given(history).when(record({ date: '2024-03-01' })).then([recorded({ date: '2024-03-01' })]);
    spec.given(history).when(record({ date: '2024-06-16' }), { now: new Date('2024-06-15T22:30:00Z') })
      .then([recorded({ date: '2024-06-16' })]);
  });

  it('accepts a session nobody attended', () => {
    spec.given(history).when(record({ attendeeCount: 0, sectorsPresent: [] }))
      .then([recorded({ attendeeCount: 0, sectorsPresent: [] })]);
  });

  it('refuses a session before the circle started', () => {
    const error = spec.given(history).when(record({ date: '2024-02-29' }))
      .thenRefused('session-before-circle-start', 'rule');
    expect(error.field).toBe('date');
  });

  it('refuses a session in the future', () => {
    const error = spec.given(history).when(record({ date: '2024-06-16' }))
      .thenRefused('date-in-future', 'invalid-input');
    expect(error.field).toBe('date');
  });

  it('refuses the same session twice', () => {
    spec.given([...history, recorded()]).when(record({ date: '2024-05-15' }))
      .thenRefused('session-already-recorded', 'rule');
  });

  it('refuses an attendee who is not a current participant', () => {
    const error = spec.given(history).when(record({ attendeeIds: [annaId, carlaId] }))
      .thenRefused('not-a-participant', 'rule');
    expect(error.field).toBe('attendeeIds');
  });

  it('refuses more named attendees than the attendee count', () => {
    spec.given(history).when(record({ attendeeCount: 1, attendeeIds: [annaId, bramId] }))
      .thenRefused('attendees-exceed-count', 'rule');
  });

  it('refuses a circle that was never started', () => {
    spec.given([]).when(record()).thenRefused('circle-not-found', 'not-found');
  });

  it.each([
    ['sessionId', 'uuid-format', { sessionId: 's1' }],
    ['date', 'date-format', { date: '14 mei' }],
    ['format', 'value-not-allowed', { format: 'webinar' }],
    ['attendeeCount', 'count-invalid', { attendeeCount: -1 }],
    ['attendeeCount', 'count-invalid', { attendeeCount: 2.5 }],
    ['attendeeIds', 'duplicate-values', { attendeeIds: [annaId, annaId] }],
    ['sectorsPresent', 'value-not-allowed', { sectorsPresent: ['zorg'] }],
    ['summary', 'text-required', { summary: '  ' }],
    ['summary', 'text-too-long', { summary: 'x'.repeat(4001) }],
  ] as const)('refuses %s breaking %s', (field, rule, data) => {
    const error = spec.given(history).when(record(data)).thenRefused(rule, 'invalid-input');
    expect(error.field).toBe(field);
  });
});

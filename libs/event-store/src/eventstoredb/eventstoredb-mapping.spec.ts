/**
 * The EventStoreDB mapping against the client library's own classes and converters: recorded
 * events are real gRPC messages (the client's generated protobuf classes) run through the
 * client's own `convertGrpcEvent`, and errors are the client's error classes, built the way the
 * client builds them (from gRPC `ServiceError`s, gRPC metadata and protobuf error details).
 */
import {
  ANY as CLIENT_ANY,
  NO_STREAM as CLIENT_NO_STREAM,
  START as CLIENT_START,
  STREAM_EXISTS as CLIENT_STREAM_EXISTS,
  excludeSystemEvents,
  jsonEvent,
  type AllStreamResolvedEvent,
  type RecordedEvent as ClientRecordedEvent,
} from '@eventstore/db-client';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ANY, NO_STREAM, STREAM_EXISTS } from '../event-store.port';
import { InvalidPositionError, START, comparePositions } from '../position';
import {
  canonicalJson,
  findEventIdConflict,
  fromClientCurrentRevision,
  fromClientExpectedRevision,
  fromClientPosition,
  fromResolvedEvent,
  isSystemEvent,
  positionOf,
  toClientExpectedRevision,
  toClientPosition,
  toClientReadPosition,
  toClientRevision,
  toEventData,
  toPortMetadata,
  toRecordedEvent,
  toRevision,
  toVisibleAllStreamEvent,
} from './eventstoredb-mapping';

const MAX_UINT64 = 2n ** 64n - 1n;
const ID = '5f0d3c1e-8a4b-4f7e-9c2d-1b3a5e7f9d01';

// ---------------------------------------------------------------------------------------------
// Real client objects

interface GrpcRecordSpec {
  readonly streamName?: string;
  readonly id?: string;
  readonly revision?: bigint;
  readonly type?: string;
  readonly contentType?: 'application/json' | 'application/octet-stream';
  readonly data?: Uint8Array;
  readonly metadata?: Uint8Array;
  readonly commit?: bigint;
  readonly prepare?: bigint;
  readonly created?: Date;
}

const json = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value), 'utf8');

/** A recorded event exactly as the server sends it over gRPC. */
function grpcRecord(spec: GrpcRecordSpec = {}): ReadResp.ReadEvent.RecordedEvent {
  const record = new ReadResp.ReadEvent.RecordedEvent();
  record.setId(new UUID().setString(spec.id ?? ID));
  record.setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(spec.streamName ?? 'circle-1', 'utf8')));
  record.setStreamRevision((spec.revision ?? 0n).toString(10));
  record.setCommitPosition((spec.commit ?? 1_000n).toString(10));
  record.setPreparePosition((spec.prepare ?? 1_000n).toString(10));
  // `created` is in 100 ns ticks since the Unix epoch.
  const ticks = BigInt((spec.created ?? new Date('2024-03-01T10:00:00.123Z')).getTime()) * 10_000n;
  record.getMetadataMap()
    .set('type', spec.type ?? 'CircleStarted')
    .set('content-type', spec.contentType ?? 'application/json')
    .set('created', ticks.toString(10));
  record.setData(spec.data ?? json({ name: 'Walcheren' }));
  if (spec.metadata) record.setCustomMetadata(spec.metadata);
  return record;
}

/** What the client's readStream / readAll / subscribeToAll yield for that gRPC message. */
function resolvedFromGrpc(
  event: ReadResp.ReadEvent.RecordedEvent | undefined,
  link?: ReadResp.ReadEvent.RecordedEvent,
): AllStreamResolvedEvent {
  const message = new ReadResp.ReadEvent();
  if (event) message.setEvent(event);
  if (link) message.setLink(link);
  message.setNoPosition(new Empty());
  return convertGrpcEvent(message) as AllStreamResolvedEvent;
}

function recordedFromGrpc(spec: GrpcRecordSpec = {}): ClientRecordedEvent {
  return resolvedFromGrpc(grpcRecord(spec)).event!;
}

/** A gRPC `ServiceError` as `@grpc/grpc-js` reports a failed call. */

// ---------------------------------------------------------------------------------------------

describe('EventStoreDB mapping: revisions', () => {
  it('maps every kind of expected revision to the client constants, a number to a bigint', () => {
    expect(toClientExpectedRevision(ANY)).toBe(CLIENT_ANY);
    expect(toClientExpectedRevision(NO_STREAM)).toBe(CLIENT_NO_STREAM);
    expect(toClientExpectedRevision(STREAM_EXISTS)).toBe(CLIENT_STREAM_EXISTS);
    expect(toClientExpectedRevision(undefined)).toBe(CLIENT_ANY);
    expect(toClientExpectedRevision(0)).toBe(0n);
    expect(toClientExpectedRevision(41)).toBe(41n);
    expect(toClientExpectedRevision(Number.MAX_SAFE_INTEGER)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('refuses an expected revision that is not a non-negative integer', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => toClientExpectedRevision(bad)).toThrow(RangeError);
      expect(() => toClientRevision(bad)).toThrow(RangeError);
    }
  });

  it('maps the client expected revision back, including the legacy negative constants', () => {
    expect(fromClientExpectedRevision(CLIENT_ANY)).toBe(ANY);
    expect(fromClientExpectedRevision(CLIENT_NO_STREAM)).toBe(NO_STREAM);
    expect(fromClientExpectedRevision(CLIENT_STREAM_EXISTS)).toBe(STREAM_EXISTS);
    expect(fromClientExpectedRevision(7n)).toBe(7);
    expect(fromClientExpectedRevision(-1n)).toBe(NO_STREAM);
    expect(fromClientExpectedRevision(-2n)).toBe(ANY);
    expect(fromClientExpectedRevision(-4n)).toBe(STREAM_EXISTS);
  });

  it('maps revisions from bigint to number and refuses what a number cannot hold', () => {
    expect(toRevision(0n)).toBe(0);
    expect(toRevision(123n)).toBe(123);
    expect(toRevision(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toRevision(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(() => toRevision(MAX_UINT64)).toThrow(RangeError);
    expect(() => toRevision(-1n)).toThrow(RangeError);
    expect(toClientRevision(5)).toBe(5n);
  });

  it('maps the current revision of a conflict: -1 when there is no stream', () => {
    expect(fromClientCurrentRevision(CLIENT_NO_STREAM)).toBe(-1);
    expect(fromClientCurrentRevision(-1n)).toBe(-1);
    expect(fromClientCurrentRevision(0n)).toBe(0);
    expect(fromClientCurrentRevision(12n)).toBe(12);
  });
});

describe('EventStoreDB mapping: positions', () => {
  it('encodes {commit, prepare} as two fixed-width hex parts', () => {
    expect(fromClientPosition({ commit: 0n, prepare: 0n })).toBe('0000000000000000-0000000000000000');
    expect(fromClientPosition({ commit: 0x1f40n, prepare: 0x1f2an })).toBe('0000000000001f40-0000000000001f2a');
    expect(fromClientPosition({ commit: MAX_UINT64, prepare: MAX_UINT64 })).toBe('ffffffffffffffff-ffffffffffffffff');
  });

  it('round-trips positions through the port encoding', () => {
    const samples = [
      { commit: 0n, prepare: 0n },
      { commit: 1n, prepare: 0n },
      { commit: 4_294_967_296n, prepare: 4_294_967_000n },
      { commit: MAX_UINT64, prepare: MAX_UINT64 - 1n },
      ...Array.from({ length: 200 }, () => ({ commit: randomUint64(), prepare: randomUint64() })),
    ];
    for (const position of samples) {
      expect(toClientPosition(fromClientPosition(position))).toEqual(position);
    }
  });

  it('orders encoded positions as plain strings exactly as (commit, prepare) orders them', () => {
    // Shared commit positions (events of one transaction) and wide magnitudes on purpose.
    const commits = [0n, 1n, 255n, 256n, 65_535n, 2n ** 32n, 2n ** 53n + 1n, MAX_UINT64, ...Array.from({ length: 20 }, randomUint64)];
    const positions = commits.flatMap((commit) => [0n, 1n, 16n, 4096n, randomUint64(), MAX_UINT64].map((prepare) => ({ commit, prepare })));
    const byTuple = [...positions].sort((a, b) =>
      a.commit !== b.commit ? (a.commit < b.commit ? -1 : 1) : a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0);
    const byString = [...positions].sort((a, b) => comparePositions(fromClientPosition(a), fromClientPosition(b)));
    expect(byString).toEqual(byTuple);
    for (let i = 1; i < byTuple.length; i++) {
      const [previous, current] = [fromClientPosition(byTuple[i - 1]!), fromClientPosition(byTuple[i]!)];
      expect(previous <= current).toBe(true);
    }
    expect(START < fromClientPosition({ commit: 0n, prepare: 0n })).toBe(true);
  });

  it('starts reads and subscriptions at the client START for the port START, else at the decoded position', () => {
    expect(toClientReadPosition(START)).toBe(CLIENT_START);
    expect(toClientReadPosition(undefined)).toBe(CLIENT_START);
    expect(toClientReadPosition('00000000000003e8-00000000000003e7')).toEqual({ commit: 1000n, prepare: 999n });
  });

  it('refuses a position that is not one of this store', () => {
    for (const foreign of ['0000000000000001', 'abc', '00000000000003e8-00000000000003E7', '1-2']) {
      expect(() => toClientPosition(foreign)).toThrow(InvalidPositionError);
      expect(() => toClientReadPosition(foreign)).toThrow(InvalidPositionError);
    }
    expect(() => fromClientPosition({ commit: -1n, prepare: 0n })).toThrow(RangeError);
  });

  it('takes the position of a resolved event from its record, or from its link', () => {
    expect(positionOf(resolvedFromGrpc(grpcRecord({ commit: 50n, prepare: 40n })))).toEqual({ commit: 50n, prepare: 40n });
    const linkOnly = resolvedFromGrpc(undefined, grpcRecord({ type: '$>', streamName: '$ce-circle', commit: 70n, prepare: 70n }));
    expect(linkOnly.event).toBeUndefined();
    expect(positionOf(linkOnly)).toEqual({ commit: 70n, prepare: 70n });
    expect(positionOf({})).toBeUndefined();
  });
});

describe('EventStoreDB mapping: recorded events', () => {
  it('maps a JSON event as the client decodes it to the port event', () => {
    const created = new Date('2024-05-06T07:08:09.010Z');
    const recorded = recordedFromGrpc({
      streamName: 'learning-7',
      revision: 4n,
      type: 'LearningCaptured',
      data: json({ title: 'Omdenken', themes: ['wachttijden'] }),
      metadata: json({ actorId: 'a-1', correlationId: 'c-1' }),
      commit: 9_000n,
      prepare: 8_800n,
      created,
    });
    expect(recorded.isJson).toBe(true);
    expect(toRecordedEvent(recorded)).toEqual({
      id: ID,
      streamName: 'learning-7',
      type: 'LearningCaptured',
      data: { title: 'Omdenken', themes: ['wachttijden'] },
      metadata: { actorId: 'a-1', correlationId: 'c-1' },
      revision: 4,
      position: fromClientPosition({ commit: 9_000n, prepare: 8_800n }),
      recordedAt: created,
    });
  });

  it('gives {} as metadata when the event has none, or none that is a JSON object', () => {
    expect(recordedFromGrpc().metadata).toBeUndefined();
    expect(toRecordedEvent(recordedFromGrpc()).metadata).toEqual({});
    const unparsable = recordedFromGrpc({ metadata: Buffer.from('not json', 'utf8') });
    expect(unparsable.metadata).toBeInstanceOf(Uint8Array);
    expect(toRecordedEvent(unparsable).metadata).toEqual({});
    expect(toRecordedEvent(recordedFromGrpc({ metadata: json(['a']) })).metadata).toEqual({});
    expect(toPortMetadata(null)).toEqual({});
    expect(toPortMetadata({ a: 1 })).toEqual({ a: 1 });
  });

  it('passes the bytes of a binary event through as its data', () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    const recorded = recordedFromGrpc({ contentType: 'application/octet-stream', data: bytes });
    expect(recorded.isJson).toBe(false);
    expect(Array.from(toRecordedEvent(recorded).data as Uint8Array)).toEqual([1, 2, 3]);
  });

  it('refuses an event without a position (servers before 22.6)', () => {
    const recorded = { ...recordedFromGrpc(), position: undefined } as ClientRecordedEvent;
    expect(() => toRecordedEvent(recorded)).toThrow(/without its position/);
  });

  it('maps a resolved event of a stream read, and nothing for an empty slot', () => {
    expect(fromResolvedEvent(resolvedFromGrpc(grpcRecord({ revision: 2n })))?.revision).toBe(2);
    expect(fromResolvedEvent({})).toBeUndefined();
  });
});

describe('EventStoreDB mapping: system events', () => {
  it('treats $-prefixed types and $-prefixed streams as system events', () => {
    expect(isSystemEvent({ type: 'CircleStarted', streamId: 'circle-1' })).toBe(false);
    expect(isSystemEvent({ type: 'Cost$', streamId: 'budget-$1' })).toBe(false);
    expect(isSystemEvent({ type: '$metadata', streamId: '$$circle-1' })).toBe(true);
    expect(isSystemEvent({ type: '$>', streamId: '$ce-circle' })).toBe(true);
    expect(isSystemEvent({ type: '$statsCollected', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isSystemEvent({ type: 'CircleStarted', streamId: '$projections-x' })).toBe(true);
    expect(isSystemEvent({ type: '$ProjectionCreated', streamId: 'circle-1' })).toBe(true);
  });

  it('keeps system events of $all away from readers of all streams', () => {
    const visible = resolvedFromGrpc(grpcRecord({ type: 'CircleStarted', streamName: 'circle-1' }));
    expect(toVisibleAllStreamEvent(visible)?.type).toBe('CircleStarted');
    for (const [type, streamName] of [['$metadata', '$$circle-1'], ['$>', 'circle-1'], ['CircleStarted', '$ce-circle'], ['$UserCreated', '$user-admin']]) {
      expect(toVisibleAllStreamEvent(resolvedFromGrpc(grpcRecord({ type, streamName })))).toBeUndefined();
    }
    expect(toVisibleAllStreamEvent({})).toBeUndefined();
  });

  it('subscribes with the client filter that lets through exactly the types without $', () => {
    const filter = excludeSystemEvents();
    expect(filter.filterOn).toBe('eventType');
    if (!('regex' in filter)) throw new Error('excludeSystemEvents() is expected to be a regex filter');
    const regex = new RegExp(filter.regex);
    expect(regex.test('CircleStarted')).toBe(true);
    expect(regex.test('$metadata')).toBe(false);
    expect(regex.test('$>')).toBe(false);
  });
});

describe('EventStoreDB mapping: events to append', () => {
  it('builds the same JSON event data as the client jsonEvent helper', () => {
    const event = { id: ID, type: 'CircleStarted', data: { name: 'Walcheren' }, metadata: { actorId: 'a-1' } };
    expect(toEventData(event)).toEqual(jsonEvent(event));
  });

  it('generates a UUID when the event has no id, and writes null data for none', () => {
    const first = toEventData({ type: 'Ping', data: undefined });
    const second = toEventData({ type: 'Ping', data: undefined });
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.id).not.toBe(first.id);
    expect(first.data).toBeNull();
    expect(first.contentType).toBe('application/json');
  });
});

describe('EventStoreDB mapping: re-sent ids', () => {
  const stored = toRecordedEvent(recordedFromGrpc({ id: ID, type: 'A', data: json({ v: 1, w: { x: 1, y: 2 } }) }));

  it('accepts a re-send of the same event, whatever the order of its keys', () => {
    expect(findEventIdConflict([{ id: ID, type: 'A', data: { w: { y: 2, x: 1 }, v: 1 } }], [stored])).toBeUndefined();
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 0 }] })).toBe('{"a":[2,{"c":0,"d":1}],"b":1}');
  });

  it('finds an id under which the stream holds another type or data', () => {
    expect(findEventIdConflict([{ id: ID, type: 'A', data: { v: 2, w: { x: 1, y: 2 } } }], [stored])).toBe(ID);
    expect(findEventIdConflict([{ id: ID, type: 'B', data: { v: 1, w: { x: 1, y: 2 } } }], [stored])).toBe(ID);
    expect(findEventIdConflict([{ id: ID, type: 'A', data: [1, 2] }], [stored])).toBe(ID);
  });

  it('ignores events whose ids are not in the slot read back', () => {
    expect(findEventIdConflict([{ id: '00000000-0000-4000-8000-000000000000', type: 'Z', data: {} }], [stored])).toBeUndefined();
    expect(findEventIdConflict([], [stored])).toBeUndefined();
  });
});

function randomUint64(): bigint {
  const high = BigInt(Math.floor(Math.random() * 2 ** 32));
  const low = BigInt(Math.floor(Math.random() * 2 ** 32));
  return (high << 32n) | low;
}

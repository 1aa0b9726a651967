/**
 * The EventStoreDB error mapping against the client library's own error classes, built the way
 * the client builds them (from gRPC `ServiceError`s, gRPC metadata and protobuf error details).
 */
import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  NO_STREAM as CLIENT_NO_STREAM,
  NotLeaderError,
  STREAM_EXISTS as CLIENT_STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError as ClientStreamNotFoundError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
  convertToCommandError,
} from '@eventstore/db-client';
import { WrongExpectedVersion as GrpcWrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { status } from '@grpc/grpc-js';
import { NO_STREAM, STREAM_EXISTS } from '../event-store.port';
import { EventIdConflictError, StoreUnavailableError, StreamNotFoundError, WrongExpectedRevisionError } from '../errors';
import { toPortError } from './eventstoredb-mapping';
import { serviceError } from './testing-grpc-errors';

const ID = '5f0d3c1e-8a4b-4f7e-9c2d-1b3a5e7f9d01';

describe('EventStoreDB mapping: errors', () => {
  it('maps a wrong expected version of an append (client-built) with actual -1 when there is no stream', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'circle-1', expected: CLIENT_STREAM_EXISTS, current: CLIENT_NO_STREAM });
    const mapped = toPortError(error);
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ streamName: 'circle-1', expected: STREAM_EXISTS, actual: -1 });
  });

  it('maps a wrong expected version of a batch append (protobuf details)', () => {
    const details = new GrpcWrongExpectedVersion();
    details.setExpectedStreamPosition('3');
    details.setCurrentStreamRevision('0');
    const error = WrongExpectedVersionError.fromWrongExpectedVersion(details, 'circle-2');
    expect(toPortError(error)).toMatchObject({ constructor: WrongExpectedRevisionError, streamName: 'circle-2', expected: 3, actual: 0 });

    const noStream = new GrpcWrongExpectedVersion();
    noStream.setExpectedStreamExists(new Empty());
    noStream.setCurrentNoStream(new Empty());
    expect(toPortError(WrongExpectedVersionError.fromWrongExpectedVersion(noStream, 'circle-3')))
      .toMatchObject({ constructor: WrongExpectedRevisionError, expected: STREAM_EXISTS, actual: -1 });
  });

  it('maps a wrong expected version reported in gRPC metadata, raw or converted by the client', () => {
    const raw = serviceError(status.FAILED_PRECONDITION, 'Append failed due to WrongExpectedVersion.', {
      exception: 'wrong-expected-version', 'stream-name': 'circle-4', 'expected-version': '-1', 'actual-version': '0',
    });
    expect(convertToCommandError(raw)).toBeInstanceOf(WrongExpectedVersionError);
    for (const error of [raw, convertToCommandError(raw)]) {
      expect(toPortError(error)).toMatchObject({ constructor: WrongExpectedRevisionError, streamName: 'circle-4', expected: NO_STREAM, actual: 0 });
    }
    const missing = serviceError(status.FAILED_PRECONDITION, 'Append failed due to WrongExpectedVersion.', {
      exception: 'wrong-expected-version', 'stream-name': 'circle-5', 'expected-version': '2',
    });
    expect(toPortError(missing)).toMatchObject({ expected: 2, actual: -1 });
  });

  it('prefers the stream name and expected revision the caller passed', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'echoed', expected: 5n, current: 6n });
    expect(toPortError(error, { streamName: 'circle-6', expected: 5 })).toMatchObject({ streamName: 'circle-6', expected: 5, actual: 6 });
  });

  it('maps a missing stream, as the read stream reports it and as gRPC metadata carries it', () => {
    const fromRead = new ClientStreamNotFoundError(undefined, Buffer.from('circle-7', 'utf8'));
    expect(toPortError(fromRead)).toMatchObject({ constructor: StreamNotFoundError, streamName: 'circle-7' });
    expect(toPortError(fromRead, { streamName: 'asked-for' })).toMatchObject({ streamName: 'asked-for' });
    const raw = serviceError(status.NOT_FOUND, 'Event stream circle-8 is not found.', { exception: 'stream-not-found', 'stream-name': 'circle-8' });
    expect(toPortError(raw)).toMatchObject({ constructor: StreamNotFoundError, streamName: 'circle-8' });
  });

  it('maps unreachable, timed-out and dropped calls to StoreUnavailableError, keeping the cause', () => {
    const connectionRefused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2113'), {
      code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: '127.0.0.1', port: 2113,
    });
    const notLeader = serviceError(status.NOT_FOUND, 'Leader info available', {
      exception: 'not-leader', 'leader-endpoint-host': '10.0.0.2', 'leader-endpoint-port': '2113',
    });
    const unavailable = [
      serviceError(status.UNAVAILABLE, 'No connection established'),
      convertToCommandError(serviceError(status.UNAVAILABLE, 'Connection dropped')),
      serviceError(status.DEADLINE_EXCEEDED, 'Deadline exceeded'),
      serviceError(status.ABORTED, 'Operation timed out'),
      serviceError(status.CANCELLED, 'Cancelled by the server'),
      serviceError(status.INTERNAL, 'write after end'),
      notLeader,
      new DeadlineExceededError(), // a server-side commit timeout of a batch append
      connectionRefused,
      new Error('Failed to discover after 10 attempts.'),
    ];
    expect(convertToCommandError(unavailable[0] as Error)).toBeInstanceOf(UnavailableError);
    expect(convertToCommandError(unavailable[2] as Error)).toBeInstanceOf(DeadlineExceededError);
    expect(convertToCommandError(unavailable[3] as Error)).toBeInstanceOf(TimeoutError);
    expect(convertToCommandError(unavailable[4] as Error)).toBeInstanceOf(CancelledError);
    expect(convertToCommandError(notLeader)).toBeInstanceOf(NotLeaderError);
    for (const error of unavailable) {
      const mapped = toPortError(error);
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect((mapped as StoreUnavailableError).cause).toBe(error);
      expect((mapped as StoreUnavailableError).code).toBe('STORE_UNAVAILABLE');
    }
  });

  it('returns any other error unchanged', () => {
    const accessDenied = serviceError(status.UNAUTHENTICATED, 'Access denied');
    expect(convertToCommandError(accessDenied)).toBeInstanceOf(AccessDeniedError);
    const unknown = serviceError(status.INTERNAL, 'Something else');
    expect(convertToCommandError(unknown)).toBeInstanceOf(UnknownError);
    const port = new EventIdConflictError(ID, 'circle-9');
    const others: unknown[] = [
      accessDenied,
      convertToCommandError(accessDenied),
      unknown,
      StreamDeletedError.fromStreamName('circle-9'),
      new RangeError('revision -1 is not a non-negative integer'),
      new Error('boom'),
      Object.assign(new Error('numeric code, no details'), { code: 3 }),
      port,
      'a string',
      undefined,
    ];
    for (const error of others) expect(toPortError(error)).toBe(error);
  });
});

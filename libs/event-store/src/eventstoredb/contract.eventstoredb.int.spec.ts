/**
 * The shared event store contract against a real EventStoreDB / KurrentDB server, e.g.
 * `EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false`. The jest configuration runs
 * this file only when that variable is set. The server is shared and keeps its data: the
 * contract suite names its streams with a fresh prefix per test and reads $all from the head it
 * saw at the start of each test, so earlier runs and other writers do not disturb it.
 */
import { describeEventStoreContract } from '../contract/event-store.contract';
import { EventStoreDBEventStore } from './eventstoredb-event-store';

describeEventStoreContract(
  'EventStoreDB',
  async () => {
    const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
    if (!connectionString) throw new Error('EVENTSTORE_CONNECTION_STRING must name the EventStoreDB server to test');
    const store = new EventStoreDBEventStore(connectionString);
    await store.ping();
    return store;
  },
  // EventStoreDB commits an append atomically in its log: there is no open transaction to fence;
  // and it keeps no index of event ids across streams.
  { detectsEventIdReuseAcrossStreams: false },
);

import { describeEventStoreContract } from '../contract/event-store.contract';
import { openEmbeddedEventStore } from './open-postgres-event-store';

// PGlite is one session: appends run one at a time, so no transaction can be left open beside
// another and the read fence has nothing to wait for. The PostgreSQL run proves the fence.
describeEventStoreContract('embedded (PGlite)', () => openEmbeddedEventStore());

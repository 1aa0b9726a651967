import { Module } from '@nestjs/common';
import type { ConfiguredEventStore } from '@leerkring/event-store';
import { CommandSideModule } from '../command-side/command-side.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { CommandDispatcher } from '../graphql/command-dispatcher';
import { ForgetPersonHandler } from './forget-person.handler';
import { masterKeyOf } from './master-key';
import { PersonKeys } from './person-keys';
import { PERSON_KEYS } from './person-keys.token';
import { personKeysOf } from './protect-personal-data';
import { PeoplePrivacyResolver } from './people-privacy.resolver';

/**
 * Crypto-shredding (docs/crypto-shredding.md): the `forgetPerson` mutation and its handler. The
 * encryption itself sits under the configured event store (EventStoreModule), where every reader
 * and writer passes.
 */
@Module({
  imports: [CommandSideModule],
  providers: [
    {
      provide: PERSON_KEYS,
      inject: [CONFIGURED_EVENT_STORE, APP_CONFIG],
      useFactory: async (configured: ConfiguredEventStore, config: AppConfig): Promise<PersonKeys> =>
        personKeysOf(configured) ?? PersonKeys.open(configured.readSql, masterKeyOf(config)),
    },
    ForgetPersonHandler,
    CommandDispatcher,
    PeoplePrivacyResolver,
  ],
})
export class PeoplePrivacyModule {}

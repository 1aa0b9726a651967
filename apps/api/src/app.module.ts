import { Module } from '@nestjs/common';
import { CommandSideModule } from './command-side/command-side.module';
import { ConfigModule } from './config/config.module';
import { EventStoreModule } from './event-store/event-store.module';
import { GraphqlModule } from './graphql/graphql.module';
import { ReadSideModule } from './graphql/read-side.module';
import { HealthController } from './health/health.controller';
import { ProjectionsModule } from './projections/projections.module';

@Module({
  imports: [ConfigModule, EventStoreModule, ProjectionsModule, CommandSideModule, GraphqlModule, ReadSideModule],
  controllers: [HealthController],
})
export class AppModule {}

import { Module } from '@nestjs/common';
import { CommandSideModule } from './command-side/command-side.module';
import { ConfigModule } from './config/config.module';
import { DemoModule } from './demo/demo.module';
import { EventStoreModule } from './event-store/event-store.module';
import { GraphqlModule } from './graphql/graphql.module';
import { ReadSideModule } from './graphql/read-side.module';
import { HealthController } from './health/health.controller';
import { ProjectionsModule } from './projections/projections.module';

@Module({
  imports: [ConfigModule, EventStoreModule, ProjectionsModule, CommandSideModule, GraphqlModule, ReadSideModule, DemoModule],
  controllers: [HealthController],
})
export class AppModule {}

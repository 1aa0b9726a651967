import { Module } from '@nestjs/common';
import { CommandSideModule } from './command-side/command-side.module';
import { ConfigModule } from './config/config.module';
import { DemoModule } from './demo/demo.module';
import { EventStoreModule } from './event-store/event-store.module';
import { GraphqlModule } from './graphql/graphql.module';
import { ReadSideModule } from './graphql/read-side.module';
import { HealthController } from './health/health.controller';
import { PeoplePrivacyModule } from './people-privacy/people-privacy.module';
import { ObservabilityModule } from './observability/observability.module';
import { ProjectionsModule } from './projections/projections.module';
import { ReportsModule } from './reports/reports.module';
import { SecurityModule } from './security/security.module';
import { WebModule } from './web/web.module';

@Module({
  imports: [ConfigModule, ObservabilityModule, EventStoreModule, ProjectionsModule, SecurityModule, CommandSideModule, GraphqlModule, ReadSideModule, DemoModule, PeoplePrivacyModule, WebModule, ReportsModule],
  controllers: [HealthController],
})
export class AppModule {}

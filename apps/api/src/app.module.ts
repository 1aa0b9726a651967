import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthController } from './health/health.controller';

@Module({
  imports: [ConfigModule, EventStoreModule],
  controllers: [HealthController],
})
export class AppModule {}

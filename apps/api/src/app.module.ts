import { Module } from '@nestjs/common';
import { CommandSideModule } from './command-side/command-side.module';
import { ConfigModule } from './config/config.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthController } from './health/health.controller';

@Module({
  imports: [ConfigModule, EventStoreModule, CommandSideModule],
  controllers: [HealthController],
})
export class AppModule {}

import { Global, Inject, Module, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import type { DestinationStream, Logger } from 'pino';
import type { ConfiguredEventStore } from '@leerkring/event-store';
import type { ProjectionEngine } from '@leerkring/projections';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { PROJECTION_ENGINE } from '../projections/projections.module';
import { LOG_DESTINATION, PinoNestLogger, ROOT_LOGGER, createRootLogger, logLevelOf } from './logger';
import { LeerkringMetrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { MetricsModule } from './metrics.module';
import { requestObservability } from './request-observability.middleware';
import { registerFenceCollector, registerProjectionCollector } from './scrape-collectors';
import { ShutdownState } from './shutdown-state';

/**
 * Operations (docs/operations.md): `GET /metrics`, JSON logs with a correlation id per request,
 * and the shutdown state the readiness probe reports. Probes live in health/, graceful shutdown
 * in main.ts (it needs the process, not just the application).
 */
@Global()
@Module({
  imports: [MetricsModule],
  controllers: [MetricsController],
  providers: [
    // `null`: standard output. Tests override it to read the lines.
    { provide: LOG_DESTINATION, useValue: null },
    {
      provide: ROOT_LOGGER,
      inject: [APP_CONFIG, LOG_DESTINATION],
      useFactory: (config: AppConfig, destination: DestinationStream | null) =>
        createRootLogger(logLevelOf(config), destination ?? undefined),
    },
    { provide: PinoNestLogger, inject: [ROOT_LOGGER], useFactory: (root: Logger) => new PinoNestLogger(root) },
    ShutdownState,
  ],
  exports: [ROOT_LOGGER, PinoNestLogger, ShutdownState],
})
export class ObservabilityModule implements NestModule, OnModuleInit {
  constructor(
    private readonly metrics: LeerkringMetrics,
    @Inject(ROOT_LOGGER) private readonly root: Logger,
    @Inject(PROJECTION_ENGINE) private readonly engine: ProjectionEngine,
    @Inject(CONFIGURED_EVENT_STORE) private readonly configured: ConfiguredEventStore,
  ) {}

  onModuleInit(): void {
    registerProjectionCollector(this.metrics, this.engine);
    registerFenceCollector(this.metrics, this.configured);
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestObservability(this.root, this.metrics)).forRoutes('*path');
  }
}

import { Global, Module } from '@nestjs/common';
import { LeerkringMetrics } from './metrics';

/**
 * The metrics of this application. Its own module with no dependencies, so that the event store
 * module can instrument the store with it without depending on the rest of observability.
 */
@Global()
@Module({
  providers: [{ provide: LeerkringMetrics, useFactory: () => new LeerkringMetrics() }],
  exports: [LeerkringMetrics],
})
export class MetricsModule {}

import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ConfiguredEventStore } from '@leerkring/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { ShutdownState } from '../observability/shutdown-state';
import { DEFAULT_SLOW_MS, DEFAULT_TIMEOUT_MS, probeStore } from './store-probe';

/** The probes (docs/operations.md): `/health/live`, `/health/ready`, and `/health` as before. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(CONFIGURED_EVENT_STORE) private readonly configured: ConfiguredEventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Up when the event store answers; 503 with the reason when it does not. */
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const started = performance.now();
    try {
      await this.configured.store.ping();
      return {
        status: 'ok',
        store: { adapter: this.configured.adapter, status: 'up', latencyMs: Math.round(performance.now() - started) },
      };
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return {
        status: 'error',
        store: { adapter: this.configured.adapter, status: 'down', error: (error as Error).message },
      };
    }
  }

  /**
   * Liveness: the process answers HTTP. Never touches the store, so an outage of the store does
   * not get healthy processes restarted (they would come back to the same outage).
   */
  @Get('live')
  live() {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  /**
   * Readiness: 200 while the store answers, with `store.status` `up`, or `slow` when the ping took
   * longer than HEALTH_SLOW_MS (serving, but worth an alert); 503 when the store is down or the
   * process is shutting down, so the load balancer sends requests elsewhere.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const adapter = this.configured.adapter;
    if (this.shutdown.shuttingDown) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'shutting-down' };
    }
    const slowMs = this.config.HEALTH_SLOW_MS ?? DEFAULT_SLOW_MS;
    const probe = await probeStore(this.configured.store, {
      slowMs, timeoutMs: this.config.HEALTH_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
    });
    if (probe.status === 'down') {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'not-ready', store: { adapter, ...probe } };
    }
    return { status: 'ready', store: { adapter, ...probe, slowAfterMs: slowMs } };
  }
}

import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ConfiguredEventStore } from '@leerkring/event-store';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';

@Controller('health')
export class HealthController {
  constructor(@Inject(CONFIGURED_EVENT_STORE) private readonly configured: ConfiguredEventStore) {}

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
}

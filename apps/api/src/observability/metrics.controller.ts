import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LeerkringMetrics } from './metrics';

/**
 * `GET /metrics`, Prometheus text format. Unauthenticated like the probes: scrape it from the
 * internal network and keep it off the public ingress (docs/operations.md).
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: LeerkringMetrics) {}

  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    const body = await this.metrics.scrape();
    response.type(this.metrics.contentType);
    return body;
  }
}

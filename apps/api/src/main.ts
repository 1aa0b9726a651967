import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DemoAutoload } from './demo/demo-autoload';
import { installGracefulShutdown } from './observability/graceful-shutdown';
import { PinoNestLogger, ROOT_LOGGER } from './observability/logger';

const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

async function bootstrap(): Promise<void> {
  // Framework messages are held until the JSON logger is in place, then written through it.
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = app.get<Logger>(ROOT_LOGGER);
  // SIGTERM/SIGINT drain requests, stop projectors at a checkpoint and close the store (docs/operations.md).
  installGracefulShutdown(app, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_TIMEOUT_MS, logger });
  await app.listen(config.PORT);
  const url = await app.getUrl();
  logger.info({ url }, `Leerkring API at ${url}`);
  await app.get(DemoAutoload).startIfFresh(url);
}
void bootstrap();

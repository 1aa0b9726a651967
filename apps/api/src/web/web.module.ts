import { Inject, Logger, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WEB_BUNDLE_DIR, WebAppMiddleware } from './web-app.middleware';

/**
 * The web app at `/` (apps/web, built by `npm run build:web` into `dist/web`, which `npm start`
 * does first). Without a build the API runs as before and says how to get the web app.
 */
@Module({
  providers: [{ provide: WEB_BUNDLE_DIR, useFactory: () => resolve(process.cwd(), 'dist/web') }, WebAppMiddleware],
})
export class WebModule implements NestModule {
  private readonly logger = new Logger('Web');

  constructor(@Inject(WEB_BUNDLE_DIR) private readonly dir: string) {}

  configure(consumer: MiddlewareConsumer): void {
    if (!existsSync(join(this.dir, 'index.html'))) {
      this.logger.log(`Geen webapp in ${this.dir}: \`npm run build:web\` bouwt hem (npm start doet dat zelf).`);
      return;
    }
    consumer.apply(WebAppMiddleware).forRoutes('{*path}');
  }
}

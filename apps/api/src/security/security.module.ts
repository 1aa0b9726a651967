import { Global, Module, type MiddlewareConsumer, type NestModule, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ReadModels } from '../graphql/read-models';
import { AuditTrailResolver } from './audit-trail.resolver';
import { Authenticator, authModeOf } from './authenticator';
import { DevAuthController } from './dev-auth.controller';
import { rateLimiter, securityHeaders } from './request-hardening';

/**
 * Sign-in and the request-level defences (docs/security.md): the Authenticator every transport
 * asks who is calling, the sign-in endpoints, security headers on every answer and a rate limit
 * per token. Authorization itself is operation-policy.ts, applied by the GraphQL guard and the
 * command side.
 */
@Global()
@Module({
  controllers: [DevAuthController],
  providers: [
    {
      provide: Authenticator,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => new Authenticator(await authModeOf(config), config),
    },
    ReadModels,
    AuditTrailResolver,
  ],
  exports: [Authenticator],
})
export class SecurityModule implements NestModule {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(securityHeaders(this.config)).forRoutes('*path');
    consumer.apply(rateLimiter(this.config)).exclude('health', 'health/*path', 'metrics').forRoutes('*path');
  }
}

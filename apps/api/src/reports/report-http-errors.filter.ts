import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { isDomainError } from '@leerkring/domain';
import { isStoreUnavailable } from '@leerkring/event-store';
import { AccessDeniedError, AuthenticationRequiredError } from '../graphql/edge-errors';

/** The JSON body of a refused download: the same codes as the GraphQL errors (error-mapping.ts). */
export interface ReportErrorBody {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly rule?: string;
}

const INTERNAL = 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';

/** Maps what a report route threw to its HTTP status, once, at the edge. */
export function reportError(error: unknown): { status: number; body: ReportErrorBody } {
  if (isDomainError(error) && error.kind === 'invalid-input') {
    return { status: 400, body: { code: 'BAD_USER_INPUT', message: error.message, rule: error.rule, ...(error.field ? { field: error.field } : {}) } };
  }
  if (error instanceof AuthenticationRequiredError) return { status: 401, body: { code: 'UNAUTHENTICATED', message: error.message, rule: error.rule } };
  if (error instanceof AccessDeniedError) return { status: 403, body: { code: 'FORBIDDEN', message: error.message, rule: error.rule } };
  if (isStoreUnavailable(error)) {
    return { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'Leerkring is tijdelijk niet bereikbaar. Probeer het zo opnieuw.' } };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    return { status: error.getStatus(), body: { code: 'BAD_REQUEST', message: error.message } };
  }
  return { status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL } };
}

@Catch()
export class ReportHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Reports');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = reportError(exception);
    if (status === 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    // A failure while the file streams: the headers are out, so the download can only end short.
    if (response.headersSent) {
      response.destroy(exception instanceof Error ? exception : undefined);
      return;
    }
    if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(status).json(body);
  }
}

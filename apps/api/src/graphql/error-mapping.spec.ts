import { Logger, ForbiddenException } from '@nestjs/common';
import { invalidInput, notFound, privacyRefusal, privacyRefused, ruleBroken } from '@leerkring/domain';
import { StoreUnavailableError } from '@leerkring/event-store';
import { PaginationInputError } from '@leerkring/read-models';
import { ConflictError } from '../command-side/conflict.error';
import { AuthenticationRequiredError, InputValidationError } from './edge-errors';
import { ErrorCode, INTERNAL_ERROR_MESSAGE, MappedGraphQLError, toGraphQLError } from './error-mapping';

describe('the error mapping table', () => {
  it.each([
    ['DomainError invalid-input', invalidInput('startsOn', 'date-format', 'startsOn moet een datum zijn'),
      { code: 'BAD_USER_INPUT', field: 'startsOn', rule: 'date-format' }],
    ['DomainError rule with a field', ruleBroken('municipality-already-in-region', 'al lid', 'municipality'),
      { code: 'DOMAIN_RULE', rule: 'municipality-already-in-region', field: 'municipality' }],
    ['DomainError rule', ruleBroken('region-already-registered', 'al geregistreerd'),
      { code: 'DOMAIN_RULE', rule: 'region-already-registered' }],
    ['DomainError not-found', notFound('region-not-found', 'niet geregistreerd'),
      { code: 'NOT_FOUND', rule: 'region-not-found' }],
    ['DomainError privacy', privacyRefused('insight', 'bsn', 'lijkt op een BSN'),
      { code: 'PRIVACY', field: 'insight', dataKind: 'bsn', rule: 'privacy-bsn' }],
    ['InputValidationError', new InputValidationError('circleId', 'uuid-format', 'circleId moet een UUID zijn'),
      { code: 'BAD_USER_INPUT', field: 'circleId', rule: 'uuid-format' }],
    ['PaginationInputError', new PaginationInputError('after', 'after is geen geldige cursor voor deze lijst'),
      { code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor-invalid' }],
    ['ConflictError', new ConflictError('region-JZ36', 3, 5),
      { code: 'CONFLICT', expectedRevision: 3, actualRevision: 5 }],
    ['StoreUnavailableError', new StoreUnavailableError('PostgreSQL is not reachable'),
      { code: 'SERVICE_UNAVAILABLE', retryable: true }],
    ['AuthenticationRequiredError', new AuthenticationRequiredError('principal-missing', 'U bent niet aangemeld.'),
      { code: 'UNAUTHENTICATED', rule: 'principal-missing' }],
    ['ForbiddenException (a guard said no)', new ForbiddenException(), { code: 'FORBIDDEN' }],
  ])('%s', (_source, error, extensions) => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const mapped = toGraphQLError(error);
    expect(mapped).toBeInstanceOf(MappedGraphQLError);
    expect(mapped.extensions).toEqual(extensions);
  });

  it('keeps no field out of a domain rule that names none', () => {
    expect(toGraphQLError(ruleBroken('learning-already-promoted', 'al uitgelicht')).extensions).not.toHaveProperty('field');
  });

  it('answers anything else with INTERNAL_SERVER_ERROR and a generic Dutch message, and logs the original', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const mapped = toGraphQLError(new TypeError('Cannot read properties of undefined (reading "regionId")'));
    expect(mapped.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(mapped.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('reading "regionId"'));
    logged.mockRestore();
  });

  it('answers PRIVACY with the Dutch message of the domain, which never holds the identifying data', () => {
    const refusal = privacyRefusal('summary', 'Moeder belde vanaf 06-12345678 over haar zoon.');
    const mapped = toGraphQLError(refusal);
    expect(mapped.extensions).toEqual({ code: 'PRIVACY', field: 'summary', dataKind: 'phone', rule: 'privacy-phone' });
    expect(mapped.message).toBe(refusal?.message);
    expect(mapped.message).not.toContain('12345678');
  });

  it('passes an error that is mapped already through unchanged', () => {
    const mapped = new MappedGraphQLError(ErrorCode.QUERY_TOO_DEEP, 'te diep', { maxDepth: 8, depth: 9 }, 400);
    expect(toGraphQLError(mapped)).toBe(mapped);
  });

  it('reserves the codes of the security issue', () => {
    expect(ErrorCode).toMatchObject({ UNAUTHENTICATED: 'UNAUTHENTICATED', FORBIDDEN: 'FORBIDDEN', PRIVACY: 'PRIVACY' });
  });
});

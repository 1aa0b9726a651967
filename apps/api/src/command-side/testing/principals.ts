import { randomUUID } from 'node:crypto';
import type { CommandContext, Principal } from '../command-context';

export const beheerder: Principal = { actorId: 'beheerder-1', role: 'beheerder' };
export const vng: Principal = { actorId: 'vng-1', role: 'vng' };

export const regioAmbassadeur = (actorId: string, regionId: string): Principal =>
  ({ actorId, role: 'regio-ambassadeur', regionIds: [regionId] });

export const ontwikkelaar = (actorId: string, ...regionIds: string[]): Principal =>
  ({ actorId, role: 'ontwikkelaar', regionIds });

export const landelijkAmbassadeur = (actorId: string): Principal => ({ actorId, role: 'landelijk-ambassadeur' });

/** A context with a fresh idempotency key unless the test gives one. */
export const by = (principal: Principal, extra: Partial<Omit<CommandContext, 'principal'>> = {}): CommandContext =>
  ({ principal, idempotencyKey: randomUUID(), ...extra });

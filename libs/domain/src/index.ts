export * from './shared';
export * as Region from './region';
export * as Developer from './developer';
export * as Ambassador from './ambassador';
export * as ReportingPeriod from './reporting-period';
export * as Circle from './circle';
export * as Learning from './learning';
export * as Person from './person';

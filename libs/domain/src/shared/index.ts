export * from './decider';
export * from './domain-error';
export * from './iso-week';
export * from './privacy-guard';
export * from './upcasting';
export * from './validation';
export * from './vocabulary';

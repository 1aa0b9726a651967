export * from './decider';
export * from './domain-error';
export * from './upcasting';
export * from './validation';
export * from './vocabulary';

export * from './project-events';

import {
  activityProjector, circlesProjector, learningsProjector, overviewProjector, peopleProjector, regionsProjector,
  weeklyLogsProjector,
} from '@leerkring/read-models';

/**
 * Which projectors a query waits for on `atLeast` (freshness.ts). Regions, circles, people and
 * their activity form one graph: from any of them a client can reach the others through nested
 * fields (`circle { region { ambassadors } }`), so a query answering any of them waits for all.
 */
const GRAPH = [regionsProjector.name, peopleProjector.name, circlesProjector.name, activityProjector.name] as const;

export const READS = {
  graph: GRAPH,
  learnings: [...GRAPH, learningsProjector.name],
  weeklyLogs: [...GRAPH, weeklyLogsProjector.name],
  overview: [overviewProjector.name],
} as const;

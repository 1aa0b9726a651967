import type { CircleTemplate, SeedCircle } from './demo-circles.types';
import { FLEVOLAND_CIRCLE } from './demo-circles-seed-flevoland.content';
import { MIDDEN_DRENTHE_CIRCLE } from './demo-circles-seed-midden-drenthe.content';
import { WALCHEREN_CIRCLE } from './demo-circles-seed-walcheren.content';
import { WEST_BRABANT_WEST_CIRCLE } from './demo-circles-seed-west-brabant-west.content';
import { CARE_TEMPLATES } from './demo-circles-templates-care.content';
import { PRACTICE_TEMPLATES } from './demo-circles-templates-practice.content';

/**
 * What the demo's circles are about and what they learn: Dutch, anonymous (no names, addresses,
 * numbers that could identify anyone). The four seed circles retell the source articles in
 * /work/shared/seeds; the other circles are plausible topics of the programme's action lines.
 */

export type { CircleTemplate, LearningText, ScriptedSession, SeedCircle } from './demo-circles.types';

/** The circles of the source articles, each in its own region. The order is part of the programme. */
export const SEED_CIRCLES: readonly SeedCircle[] = [
  WALCHEREN_CIRCLE, WEST_BRABANT_WEST_CIRCLE, FLEVOLAND_CIRCLE, MIDDEN_DRENTHE_CIRCLE,
];

/** Circles any region may start; the first few regions that start one capture its learnings. */
export const CIRCLE_TEMPLATES: readonly CircleTemplate[] = [...CARE_TEMPLATES, ...PRACTICE_TEMPLATES];

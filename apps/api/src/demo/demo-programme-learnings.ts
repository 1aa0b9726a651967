import { Learning } from '@leerkring/domain';
import { SEED_CIRCLES } from './demo-circles.content';
import { demoId } from './demo-command';
import { addDays, daysBetween } from './demo-dates';
import { sharesTheme, type AmbassadorPlan, type LearningPlan, type ProgrammeContext, type RegionPlan } from './demo-programme-context';
import type { DemoRandom } from './demo-random';
import { ADAPTATIONS, ENDORSEMENT_COMMENTS, PROMOTION_REASONS, RETRACTION_REASON, fill } from './demo-texts';

/** The demo programme's learnings: captured in their circles, then endorsed, adopted, promoted or retracted. */

export function planLearnings(ctx: ProgrammeContext): void {
  const rng = ctx.rng.fork('learnings');
  const circles = ctx.regions.flatMap((r) => r.circles);
  for (const circle of circles) {
    circle.learnings.forEach((text, index) => {
      const learnedAt = circle.sessions[Math.min(circle.sessions.length - 1, 1 + index)] ?? circle.sessions[0];
      ctx.learnings.push({
        text, learningId: demoId(`learning/${text.key}`), circle,
        learnedOn: learnedAt?.date ?? circle.startedOn, adoptedBy: [], retracted: false,
      });
    });
  }
  const retracted = ctx.learnings.find((l) => l.text.reach === 'local' && l.text.evidenceLevel === 'niet-beoordeeld'
    && !SEED_CIRCLES.some((s) => s.key === l.circle.template.key));
  if (retracted) retracted.retracted = true;

  for (const learning of ctx.learnings) planDiffusion(ctx, learning, rng.fork(learning.text.key));

  // The lessons adopted most widely are lifted for the whole country by the landelijk ambassadeurs.
  const promoted = [...ctx.learnings]
    .filter((l) => !l.retracted)
    .sort((a, b) => b.adoptedBy.length - a.adoptedBy.length || a.text.key.localeCompare(b.text.key))
    .slice(0, 6);
  promoted.forEach((learning, index) => {
    const promoter = ctx.nationals[index % ctx.nationals.length] as AmbassadorPlan;
    ctx.add('PromoteLearning', 'work-and-learnings', Learning.streamName(learning.learningId), `learning/${learning.text.key}/promote`, {
      learningId: learning.learningId, promoterId: promoter.ambassadorId, reason: PROMOTION_REASONS[index % PROMOTION_REASONS.length] as string,
    }, { actorId: promoter.ambassadorId, role: 'landelijk-ambassadeur' });
    ctx.counts.promotions++;
  });
  if (retracted) {
    ctx.add('RetractLearning', 'work-and-learnings', Learning.streamName(retracted.learningId), `learning/${retracted.text.key}/retract`, {
      learningId: retracted.learningId, reason: RETRACTION_REASON,
    }, ctx.currentAmbassador(retracted.circle.regionId));
    ctx.counts.retractions++;
  }
}

function planDiffusion(ctx: ProgrammeContext, learning: LearningPlan, rng: DemoRandom): void {
  const { text, circle, learningId } = learning;
  const stream = Learning.streamName(learningId);
  const label = `learning/${text.key}`;
  const own = circle.regionId;
  // Alternately captured by the region's ambassador and by the circle's ontwikkelaar.
  const byDeveloper = rng.chance(0.4);
  ctx.add('CaptureLearning', 'work-and-learnings', stream, `${label}/capture`, {
    learningId, circleId: circle.circleId, title: text.title, insight: text.insight, themes: [...text.themes],
    successFactors: [...text.successFactors], evidenceLevel: text.evidenceLevel, knowledgeSources: [...text.knowledgeSources],
    origin: text.origin, ...(byDeveloper ? { byRegionId: own } : {}),
  }, byDeveloper ? ctx.developerPrincipal(circle.developerId) : ctx.currentAmbassador(own));
  ctx.counts.learnings++;
  if (text.revisedEvidence) {
    ctx.add('ReviseLearning', 'work-and-learnings', stream, `${label}/revise`, {
      learningId, evidenceLevel: text.revisedEvidence,
      knowledgeSources: text.knowledgeSources.includes('wetenschap') ? [...text.knowledgeSources] : [...text.knowledgeSources, 'wetenschap'],
    }, ctx.currentAmbassador(own));
    ctx.counts.revisions++;
  }
  const others = ctx.regions.filter((r) => r.regionId !== own);
  // Regions working on the same themes are likelier to take the lesson over.
  const weighted = others.flatMap((r) => (r.circles.some((c) => sharesTheme(c.template.themes, text.themes)) ? [r, r, r] : [r]));
  const wanted = learning.retracted ? 0 : {
    wide: ctx.scaled(rng.int(8, 22), 3), some: ctx.scaled(rng.int(1, 5), 0), local: ctx.scaled(rng.int(0, 1), 0),
  }[text.reach];
  const adopters: RegionPlan[] = [];
  for (const region of rng.shuffle(weighted)) {
    if (adopters.length >= wanted) break;
    if (!adopters.includes(region)) adopters.push(region);
  }
  const extraEndorsers = rng.sample(others.filter((r) => !adopters.includes(r)), {
    wide: ctx.scaled(rng.int(2, 6), 1), some: ctx.scaled(rng.int(0, 3), 0), local: ctx.scaled(rng.int(0, 2), 0),
  }[text.reach]);
  const from = addDays(learning.learnedOn, 7);
  const until = ctx.daysAgo(1);
  const steps = [
    ...adopters.map((region) => ({ region, adopt: true, endorse: rng.chance(0.6) })),
    ...extraEndorsers.map((region) => ({ region, adopt: false, endorse: true })),
  ].map((step) => ({ ...step, on: from >= until ? until : addDays(from, rng.int(0, daysBetween(from, until))) }))
    .sort((a, b) => a.on.localeCompare(b.on) || a.region.regionId.localeCompare(b.region.regionId));
  for (const step of steps) {
    const regionId = step.region.regionId;
    const viaDeveloper = rng.chance(0.2);
    const principal = viaDeveloper ? ctx.developerPrincipal(step.region.developers[0] as string) : ctx.currentAmbassador(regionId);
    const acting = viaDeveloper ? { byRegionId: regionId } : {};
    if (step.endorse) {
      ctx.add('EndorseLearning', 'work-and-learnings', stream, `${label}/endorse/${regionId}`, {
        learningId, ...acting, ...(rng.chance(0.5) ? { comment: rng.pick(ENDORSEMENT_COMMENTS) } : {}),
      }, principal);
      ctx.counts.endorsements++;
    }
    if (step.adopt) {
      ctx.add('AdoptLearning', 'work-and-learnings', stream, `${label}/adopt/${regionId}`, {
        learningId, ...acting, adaptation: fill(rng.pick(ADAPTATIONS), { regio: step.region.name }), adoptedOn: step.on,
      }, principal);
      learning.adoptedBy.push(regionId);
      ctx.counts.adoptions++;
    }
  }
}

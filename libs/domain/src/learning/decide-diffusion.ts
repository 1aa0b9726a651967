import type { DecisionContext } from '../shared/decider';
import { ruleBroken } from '../shared/domain-error';
import { dutchDate, requireText, requireUuid } from '../shared/validation';
import type { AdoptLearning, EndorseLearning, PromoteLearning, RetractLearning } from './commands';
import type { LearningAdopted, LearningEndorsed, LearningPromoted, LearningRetracted } from './events';
import { optionalText, requirePastOrToday, requireRegionId } from './input';
import { LearningLimits, LearningRules } from './rules';
import type { LearningDetails } from './state';

/**
 * How a learning travels: other regions endorse and adopt it (the heart of a learning system),
 * a national ambassador lifts it for the whole country, and it can be retracted.
 */

const ref = (l: LearningDetails) => ({ learningId: l.learningId, regionId: l.regionId, circleId: l.circleId });

export function endorseLearning(
  learning: LearningDetails,
  { data }: EndorseLearning,
  { now }: DecisionContext,
): LearningEndorsed[] {
  const byRegionId = requireRegionId('byRegionId', data.byRegionId);
  const comment = optionalText('comment', data.comment, LearningLimits.comment);
  if (byRegionId === learning.regionId) {
    throw ruleBroken(LearningRules.cannotEndorseOwn, 'Een regio kan haar eigen les niet onderschrijven', 'byRegionId');
  }
  if (learning.endorsedBy.includes(byRegionId)) {
    throw ruleBroken(LearningRules.alreadyEndorsed, 'Deze regio heeft deze les al onderschreven', 'byRegionId');
  }
  return [{
    type: 'LearningEndorsed',
    data: { ...ref(learning), byRegionId, ...(comment === undefined ? {} : { comment }), endorsedOn: dutchDate(now) },
  }];
}

export function adoptLearning(
  learning: LearningDetails,
  { data }: AdoptLearning,
  { now }: DecisionContext,
): LearningAdopted[] {
  const byRegionId = requireRegionId('byRegionId', data.byRegionId);
  const adaptation = requireText('adaptation', data.adaptation, { max: LearningLimits.adaptation });
  const adoptedOn = requirePastOrToday('adoptedOn', data.adoptedOn, now);
  if (byRegionId === learning.regionId) {
    throw ruleBroken(LearningRules.cannotAdoptOwn, 'Een regio kan haar eigen les niet overnemen', 'byRegionId');
  }
  if (learning.adoptedBy.includes(byRegionId)) {
    throw ruleBroken(LearningRules.alreadyAdopted, 'Deze regio heeft deze les al overgenomen', 'byRegionId');
  }
  return [{ type: 'LearningAdopted', data: { ...ref(learning), byRegionId, adaptation, adoptedOn } }];
}

export function promoteLearning(
  learning: LearningDetails,
  { data, facts }: PromoteLearning,
  { now }: DecisionContext,
): LearningPromoted[] {
  if (!facts) throw new Error('PromoteLearning needs facts looked up by the command handler');
  const promoterId = requireUuid('promoterId', data.promoterId);
  const reason = requireText('reason', data.reason, { max: LearningLimits.reason });
  if (facts.promoterScope !== 'national') {
    throw ruleBroken(
      LearningRules.onlyNationalAmbassadorPromotes,
      'Alleen een landelijk ambassadeur kan een les landelijk uitlichten',
      'promoterId',
    );
  }
  if (learning.promotion !== undefined) {
    throw ruleBroken(LearningRules.alreadyPromoted, 'Deze les is al landelijk uitgelicht');
  }
  return [{ type: 'LearningPromoted', data: { ...ref(learning), promoterId, reason, promotedOn: dutchDate(now) } }];
}

export function retractLearning(
  learning: LearningDetails,
  { data }: RetractLearning,
  { now }: DecisionContext,
): LearningRetracted[] {
  const reason = requireText('reason', data.reason, { max: LearningLimits.reason });
  return [{ type: 'LearningRetracted', data: { ...ref(learning), reason, retractedOn: dutchDate(now) } }];
}

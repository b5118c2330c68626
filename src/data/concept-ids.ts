/**
 * The ids of the bundled concepts (src/data/concepts.json), in a fixed order: what packs may refer
 * to and what the learned scorer's concept features are indexed by. Kept apart from the concepts
 * themselves so that validating a pack (which the content script's settings do) does not bundle
 * every concept's patterns; a unit test keeps the two in step.
 */
export const CONCEPT_IDS: readonly string[] = [
  'lateness',
  'own-error',
  'vague-excuse',
  'third-party-blame',
  'concealment',
  'colleague',
  'person-judgement',
  'distancing',
  'rule-bending',
  'giving-in',
  'abuse',
  'pressure',
  'exception',
  'others-comparison',
  'crowd-quantifier',
  'few-cases',
  'sweeping-action',
  'hedge',
  'spec-density',
  'big-claim',
  'requested-info',
  'target-met',
  'complaint-about-us',
  'customer-pressure',
  'abuse-voice',
  'crowd-voice',
  'demand-voice',
];

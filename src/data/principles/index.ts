/**
 * The bundled pack `maxim-core`: one JSON file per principle in this folder (file name =
 * `<id>.json`), imported statically so every bundle and the CLI carry the same data.
 * The nine seed principles come first. A unit test fails when a JSON file here is not imported.
 */
import type { Pack, Principle } from '../types';
import { PACK_SCHEMA_VERSION } from '../types';
import convictionConvinces from './conviction-convinces.json';
import dreamsOverFeatures from './dreams-over-features.json';
import ownMistakesOpenly from './own-mistakes-openly.json';
import resultsBackTheMessage from './results-back-the-message.json';
import customerNotAlwaysRight from './customer-not-always-right.json';
import trustYourTeam from './trust-your-team.json';
import partWithToxicCustomers from './part-with-toxic-customers.json';
import consistentStandards from './consistent-standards.json';
import loudFewNotMany from './loud-few-not-many.json';
import answerFirst from './answer-first.json';
import avoidBuzzwords from './avoid-buzzwords.json';
import closeTheLoop from './close-the-loop.json';
import confirmAgreementsInWriting from './confirm-agreements-in-writing.json';
import customersWordsInNote from './customers-words-in-note.json';
import cutFiller from './cut-filler.json';
import empathyBeforeSolution from './empathy-before-solution.json';
import escalateWithContext from './escalate-with-context.json';
import factsNotOpinions from './facts-not-opinions.json';
import followUpWithValue from './follow-up-with-value.json';
import giveAConcreteTime from './give-a-concrete-time.json';
import giveBeforeYouAsk from './give-before-you-ask.json';
import honestUrgency from './honest-urgency.json';
import noIToldYouSo from './no-i-told-you-so.json';
import noSensitiveDataInNotes from './no-sensitive-data-in-notes.json';
import numberYourQuestions from './number-your-questions.json';
import objectionsWithQuestions from './objections-with-questions.json';
import offerTwoOptions from './offer-two-options.json';
import oneClearNextStep from './one-clear-next-step.json';
import ownerAndDeadline from './owner-and-deadline.json';
import personaliseTheOpening from './personalise-the-opening.json';
import plainLanguage from './plain-language.json';
import positiveLanguage from './positive-language.json';
import reduceCustomerEffort from './reduce-customer-effort.json';
import setRealisticExpectations from './set-realistic-expectations.json';
import socialProofWithSpecifics from './social-proof-with-specifics.json';
import speedToLead from './speed-to-lead.json';
import subjectLineSaysIt from './subject-line-says-it.json';
import thankDontOverApologise from './thank-dont-over-apologise.json';
import toneCheck from './tone-check.json';
import valueBeforeDiscount from './value-before-discount.json';
import youBeforeWe from './you-before-we.json';

/** Version of the bundled pack; bump when its principles change. */
export const CORE_PACK_VERSION = '1.0.0';

// The nine seed principles first (in the order of SEED_PRINCIPLE_IDS), then the rest alphabetically.
// JSON imports are typed loosely (strings, not the literal unions); the schema test checks them.
const principles = [
  convictionConvinces,
  dreamsOverFeatures,
  ownMistakesOpenly,
  resultsBackTheMessage,
  customerNotAlwaysRight,
  trustYourTeam,
  partWithToxicCustomers,
  consistentStandards,
  loudFewNotMany,
  answerFirst,
  avoidBuzzwords,
  closeTheLoop,
  confirmAgreementsInWriting,
  customersWordsInNote,
  cutFiller,
  empathyBeforeSolution,
  escalateWithContext,
  factsNotOpinions,
  followUpWithValue,
  giveAConcreteTime,
  giveBeforeYouAsk,
  honestUrgency,
  noIToldYouSo,
  noSensitiveDataInNotes,
  numberYourQuestions,
  objectionsWithQuestions,
  offerTwoOptions,
  oneClearNextStep,
  ownerAndDeadline,
  personaliseTheOpening,
  plainLanguage,
  positiveLanguage,
  reduceCustomerEffort,
  setRealisticExpectations,
  socialProofWithSpecifics,
  speedToLead,
  subjectLineSaysIt,
  thankDontOverApologise,
  toneCheck,
  valueBeforeDiscount,
  youBeforeWe,
] as Principle[];

/** The bundled principle pack. */
export const corePack: Pack = {
  schemaVersion: PACK_SCHEMA_VERSION,
  id: 'maxim-core',
  name: 'Maxim core principles',
  version: CORE_PACK_VERSION,
  description: 'Service, marketing, sales-writing and CRM-note principles in English and German.',
  principles,
};

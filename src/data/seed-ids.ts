/**
 * The ids of the nine seed principles, the ones the bundled pack grew from: three marketing
 * principles (conviction, dreams, results) and six service principles (owning mistakes, the
 * customer who is not right, the team, toxic customers, one standard for all, the loud few). The
 * CLI's contract, the eval and the tests refer to them by these ids.
 */
export const SEED_PRINCIPLE_IDS: readonly string[] = [
  'conviction-convinces',
  'dreams-over-features',
  'own-mistakes-openly',
  'results-back-the-message',
  'customer-not-always-right',
  'trust-your-team',
  'part-with-toxic-customers',
  'consistent-standards',
  'loud-few-not-many',
];

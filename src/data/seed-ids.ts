/** The ids of the nine seed principles (DESIGN.md section 1): other tools and tests refer to them. */
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

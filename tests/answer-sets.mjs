// Answer sets (option index per question, 15 questions) shared by every
// browser test: Playwright specs, cross-engine scenarios, npm and WordPress.
export const QUESTION_COUNT = 15;

/** Realistic companies, by the model each reaches. */
export const REALISTIC = {
  // A digital-first marketplace, ready to fund a joint unit.
  1: [4, 4, 0, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  // A 30-person label where marketing does it all.
  2: [0, 0, 1, 0, 0, 1, 1, 0, 1, 2, 1, 1, 0, 1, 1],
  // A large bank that wants no structural change.
  3: [4, 4, 0, 3, 2, 3, 2, 2, 2, 2, 2, 2, 0, 2, 2],
};

/** Archetypes from docs/DECISION_MODEL.md. */
export const ARCHETYPE = {
  digitalBank: [3, 3, 0, 3, 2, 3, 3, 2, 3, 2, 3, 3, 3, 3, 3], // model 1, close call with 3
  batikLabel: [0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1], // model 2, no CIO and no CMO
  stateBank: [4, 4, 0, 3, 2, 3, 2, 2, 2, 2, 2, 2, 0, 2, 2], // model 3, clear fit
};

/**
 * On examples/custom-content.json (a consultancy's own weights) these
 * answers reach model 1; on the built-in questionnaire, model 3.
 */
export const REWEIGHTED = [1, 4, 0, 2, 1, 1, 3, 1, 3, 1, 2, 2, 3, 0, 2];

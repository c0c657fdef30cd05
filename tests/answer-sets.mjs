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
  digitalBank: [2, 3, 0, 3, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3], // model 1, close call with 3
  batikLabel: [0, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1], // model 2, the only option; no CIO and no CMO
  stateBank: [4, 4, 0, 3, 2, 3, 2, 2, 3, 2, 2, 2, 0, 2, 2], // model 3, clear fit
  // A large retail group keen on a unit whose IT and marketing leaders do
  // not get on: model 3, one move (the partnership) from model 1.
  retailFriction: [4, 4, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 0, 2],
  // The keen retail group (model 1) whose CFO alone knows the IT spend:
  // with it unknown, model 3 by a hair, and the answer decides.
  unsureKeenGroup: [4, 4, 0, 4, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 2],
  // A family manufacturer with a head of IT and no head of marketing: model
  // 3 by a point, with appointing one first; once that is done, model 2.
  familyManufacturer: [2, 3, 2, 1, 1, 2, 1, 1, 1, 0, 0, 1, 0, 1, 0],
  // A mid-sized retailer whose CMO is not sure of the IT spend or the
  // marketing-technology share (option 4 is "Not sure"): model 2, with
  // agreeing a marketing-technology budget as its first step.
  unsureRetailer: [2, 2, 0, 4, 4, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1],
};

/**
 * On examples/custom-content.json (a consultancy's own weights) these
 * answers reach model 1; on the built-in questionnaire, model 3.
 */
export const REWEIGHTED = [1, 4, 0, 2, 1, 1, 3, 1, 3, 1, 2, 2, 3, 0, 2];

/**
 * The leadership team of one retail chain (tests/team.rs
 * `leadership_team`, which checks these codes): the CFO counts 50–249
 * people where the others count 250–999; the CIO and CMO are far apart on
 * IT's time for marketing, the CFO and the CEO on a new unit; the CEO and
 * CMO are not sure of the IT spend. Three of four get model 3.
 */
export const LEADERSHIP_TEAM = [
  { label: 'CEO', code: '3YW90J49ANBMMR3' },
  { label: 'Budi (CIO)', code: '3YW90J19TNAM8DQ' },
  { label: 'CMO', code: '3YW90J48TNBM9K2' },
  { label: 'CFO', code: '3YW90A19AN8MDY7' },
];

/**
 * Eight members for the team view's benchmark: the leadership team and four
 * archetypes of docs/DECISION_MODEL.md (checked in tests/team.rs).
 */
export const TEAM_OF_EIGHT = [
  ...LEADERSHIP_TEAM,
  { label: 'COO', archetype: 'Indonesian e-commerce marketplace', code: '3YW90V3DZZZY6SC' },
  { label: 'Head of digital', archetype: 'State-owned bank', code: '3YW91439TX8N5FF' },
  { label: 'Head of sales', archetype: 'Regional coffee-shop chain', code: '3YW90994NANASF1' },
  { label: 'Head of service', archetype: 'Hospital group', code: '3YW90V155ARAX11' },
];

/** A team link's value, as the widget writes it: `code~label` joined by `.`, labels percent-encoded. */
export function teamLinkValue(members) {
  const encode = (label) => encodeURIComponent(label).replace(/[.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return members.map(({ label, code }) => (label ? `${code}~${encode(label)}` : code)).join('.');
}

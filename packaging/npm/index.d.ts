// Types for <cio-cmo-advisor>. `import 'cio-cmo-advisor'` defines the
// element; these declarations make the element, its attributes, its
// properties and its events known to TypeScript.

/** Display language. Region tags (`id-ID`, `en-US`) are accepted too, and any language a content file declares. */
export type AdvisorLanguage = 'id' | 'en' | (string & {});
export type AdvisorTheme = 'light' | 'dark' | 'auto';

/** The three CIO–CMO collaboration models, by number. */
export type ModelNumber = 1 | 2 | 3;
/** The same models by stable key. */
export type ModelKey = 'joint-marketing-tech' | 'cmo-leads' | 'separate-lanes';

/** `advisor-start`: the visitor pressed Start. */
export type AdvisorStartDetail = Record<string, never>;

/** `advisor-answer`: one answer given, by question and option id (see docs/DECISION_MODEL.md). */
export interface AdvisorAnswerDetail {
  questionId: string;
  optionId: string;
}

/** `advisor-complete`: the recommendation, once per distinct answer set. */
export interface AdvisorCompleteDetail {
  model: ModelNumber;
  modelKey: ModelKey;
  /** Fit of each model in percent, 0–100. */
  fit: Record<ModelNumber, number>;
}

/**
 * One member of the team view, in `advisor-team`. Labels are not sent: they
 * are often people's names, and stay in the page.
 */
export interface AdvisorTeamMember {
  /** The member's own recommendation. */
  model: ModelNumber;
  modelKey: ModelKey;
  fit: Record<ModelNumber, number>;
}

/**
 * `advisor-team`: the team view shows a team, or its members or labels
 * changed. Up to eight members, in the order they were added.
 */
export interface AdvisorTeamDetail {
  members: AdvisorTeamMember[];
  team: {
    /** The recommendation on the team's combined answers (docs/DECISION_MODEL.md, "The team view"). */
    model: ModelNumber;
    modelKey: ModelKey;
    /** Each model's fit for the combined answers (not the mean of the members' fits). */
    fit: Record<ModelNumber, number>;
    /** How many members have each model on top. */
    onTop: Record<ModelNumber, number>;
    /** The model at least three quarters of the members have on top; null when the team is divided. */
    consensus: ModelNumber | null;
  };
}

export interface AdvisorEventMap {
  'advisor-start': CustomEvent<AdvisorStartDetail>;
  'advisor-answer': CustomEvent<AdvisorAnswerDetail>;
  'advisor-complete': CustomEvent<AdvisorCompleteDetail>;
  'advisor-team': CustomEvent<AdvisorTeamDetail>;
}

/** The element's attributes, as written in HTML (all optional, followed live). */
export interface AdvisorAttributes {
  lang?: AdvisorLanguage;
  theme?: AdvisorTheme;
  /** Any CSS colour. */
  accent?: string;
  /** The company's name, up to 80 characters, used in the texts. */
  company?: string;
  /**
   * The URL of your own content file (its types: `cio-cmo-advisor/content`;
   * the built-in one is `cio-cmo-advisor/advisor.json`). Checked before use;
   * a file with problems shows them instead of the questionnaire.
   */
  content?: string;
  id?: string;
}

export interface CioCmoAdvisorElement extends HTMLElement {
  /** Mirrors the `theme` attribute; null when it is absent. */
  theme: AdvisorTheme | null;
  /** Mirrors the `accent` attribute; null when it is absent. */
  accent: string | null;
  /** Mirrors the `company` attribute; null when it is absent. */
  company: string | null;
  /** Mirrors the `content` attribute; null when it is absent. */
  content: string | null;
  addEventListener<K extends keyof AdvisorEventMap>(type: K, listener: (this: CioCmoAdvisorElement, event: AdvisorEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: CioCmoAdvisorElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AdvisorEventMap>(type: K, listener: (this: CioCmoAdvisorElement, event: AdvisorEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: CioCmoAdvisorElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'cio-cmo-advisor': CioCmoAdvisorElement;
  }
  // The events bubble and are composed: listeners on document and window get them too.
  interface HTMLElementEventMap extends AdvisorEventMap {}
  interface DocumentEventMap extends AdvisorEventMap {}
  interface WindowEventMap extends AdvisorEventMap {}
}

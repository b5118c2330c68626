/** What the card shows and what it can ask for: plain data and callbacks, no extension API. */

/** A phrasing of a principle, as a template with fill-in fields (see content/coach/template.ts). */
export interface CardPhrasing {
  template: string;
  /** For the customer (an email, a reply) or for an internal note. */
  audience: 'customer' | 'note';
}

/** One principle in the card, in the language of the text. */
export interface CardItem {
  id: string;
  title: string;
  /** The principle in one or two sentences (the line under the title says it next to the evidence). */
  summary: string;
  why: string;
  /** The quoted phrases of the rep's text that made it fire. */
  evidence: string[];
  /** Phrasings that fit where the rep writes, best fitting first. */
  phrasings: CardPhrasing[];
  /** The rep's sentence a phrasing can replace (the one the first evidence sits in); absent for a reply's principle. */
  sentence?: { start: number; end: number; text: string };
  /** The draft already does what the principle asks: the rep's words that show it. */
  done?: string[];
  /** The style of its marks in the text (absent when it has none there). */
  markStyle?: number;
  /** Language of the principle's text (for `lang` attributes). */
  lang: string;
  /** False when the organisation's policy keeps the principle on. */
  mutable: boolean;
  /** Brought up by the message the rep is replying to (its evidence quotes that message). */
  reply?: true;
}

/** The outcome of an action, shown under the principle. */
export interface ItemStatus {
  tone: 'ok' | 'error';
  text: string;
}

/** A short message with an undo, shown at the foot of the card after an action. */
export interface CardToast {
  text: string;
  /** Present when the action can be taken back. */
  undo?: () => void;
}

/** Everything the card renders. */
export interface CardModel {
  items: CardItem[];
  activeId: string | null;
  statuses: Readonly<Record<string, ItemStatus>>;
  /** Only part of a long text was analysed. */
  partial: boolean;
  hostname: string;
  /** The site cannot be turned off (policy). */
  siteLocked: boolean;
  theme: 'system' | 'light' | 'dark';
  /** Interface language, for the card's `lang` attribute. */
  uiLang: string;
  /** The name the draft's greeting addresses, to fill `{name}` fields with. */
  greetingName: string | null;
  toast: CardToast | null;
}

/** What the card asks the session to do. */
export interface CardHandlers {
  onActivate(id: string): void;
  onInsert(id: string, text: string): void;
  /** Puts `text` in place of the item's sentence. */
  onReplace(id: string, text: string): void;
  onCopy(id: string, text: string): void;
  onDismiss(id: string): void;
  onMute(id: string): void;
  onSiteOff(): void;
  /** Esc or the close button: the card closes and the editor gets focus and caret back. */
  onClose(): void;
}

/** Interface strings: `t` of src/ui/i18n, injectable for tests. */
export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

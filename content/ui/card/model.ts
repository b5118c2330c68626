/** What the card shows and what it can ask for: plain data and callbacks, no extension API. */

/** One principle in the card, in the language of the text. */
export interface CardItem {
  id: string;
  title: string;
  why: string;
  /** The quoted phrases of the rep's text that made it fire. */
  evidence: string[];
  /** Ready-to-use phrasings. */
  tryThis: string[];
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
}

/** What the card asks the session to do. */
export interface CardHandlers {
  onActivate(id: string): void;
  onInsert(id: string, phrasing: string): void;
  onCopy(id: string, phrasing: string): void;
  onDismiss(id: string): void;
  onMute(id: string): void;
  onSiteOff(): void;
  /** Esc or the close button: the card closes and the editor gets focus and caret back. */
  onClose(): void;
}

/** Interface strings: `t` of src/ui/i18n, injectable for tests. */
export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

// Every phrasing of the bundled pack (tryThis and tryThisNote, en and de) follows the rules
// for fill-in fields, so a phrasing that replaces the rep's sentence never invents a fact:
// what only the rep knows is a field in braces, the customer's name is exactly {name} (en)
// or {Name} (de), and no weekday, month or digit stands outside the braces.
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import type { Language } from '../../../src/data/types';

const LANGUAGES: Language[] = ['en', 'de'];
const MAX_FIELDS = 3;
const MAX_LABEL = 40;
const MAX_LABEL_WORDS = 4;
const MAX_SENTENCES = 3;

const WEEKDAYS: Record<Language, RegExp> = {
  en: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  de: /(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)/i,
};

// Month names are matched case-sensitively: "May I ask" is a question, not a month.
const MONTHS: Record<Language, RegExp> = {
  en: /\b(?:January|February|March|April|May(?! I\b| we\b)|June|July|August|September|October|November|December)\b/,
  de: /\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/,
};

/**
 * Text outside braces that may keep a digit or a month name. Empty: no phrasing of the
 * bundled pack needs one (counts are written as words, "two options", "three questions").
 */
const ALLOWED_OUTSIDE_FIELDS: readonly string[] = [];

interface Phrasing {
  where: string;
  text: string;
  language: Language;
}

function phrasings(): Phrasing[] {
  const all: Phrasing[] = [];
  for (const p of corePack.principles)
    for (const language of LANGUAGES) {
      const text = p.text[language];
      if (text === undefined) continue;
      text.tryThis.forEach((t, i) =>
        all.push({ where: `${p.id} ${language} tryThis[${i}]`, text: t, language }),
      );
      (text.tryThisNote ?? []).forEach((t, i) =>
        all.push({ where: `${p.id} ${language} tryThisNote[${i}]`, text: t, language }),
      );
    }
  return all;
}

/** Field labels, or a message when the braces do not pair up. */
function fields(text: string): string[] | string {
  const labels: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (open >= 0) return `nested "{" at ${i}`;
      open = i;
    } else if (c === '}') {
      if (open < 0) return `"}" without "{" at ${i}`;
      labels.push(text.slice(open + 1, i));
      open = -1;
    }
  }
  return open >= 0 ? `"{" at ${open} is never closed` : labels;
}

function outsideFields(text: string): string {
  let rest = text.replace(/\{[^{}]*\}/g, ' ');
  for (const allowed of ALLOWED_OUTSIDE_FIELDS) rest = rest.split(allowed).join(' ');
  return rest;
}

function problems({ text, language }: Phrasing): string[] {
  const found: string[] = [];
  const labels = fields(text);
  if (typeof labels === 'string') return [labels];
  if (labels.length > MAX_FIELDS) found.push(`${labels.length} fields (at most ${MAX_FIELDS})`);
  for (const label of labels) {
    if (label.trim() !== label || label.length === 0 || label.length > MAX_LABEL)
      found.push(`label "${label}" must be 1-${MAX_LABEL} characters without outer spaces`);
    if (label.split(/\s+/).length > MAX_LABEL_WORDS)
      found.push(`label "${label}" has more than ${MAX_LABEL_WORDS} words`);
    if (language === 'en' && label !== label.toLowerCase())
      found.push(`English label "${label}" must be lower case`);
    if (label.toLowerCase() === 'name' && label !== (language === 'en' ? 'name' : 'Name'))
      found.push(`the name field is {${language === 'en' ? 'name' : 'Name'}}, not {${label}}`);
  }
  if (/\.\.\.|…/.test(text)) found.push('"..." or "…" as a placeholder; make it a field');
  const rest = outsideFields(text);
  if (/\d/.test(rest)) found.push('a digit outside the fields');
  if (WEEKDAYS[language].test(rest)) found.push('a weekday outside the fields');
  if (MONTHS[language].test(rest)) found.push('a month outside the fields');
  const sentences = rest.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;
  if (sentences > MAX_SENTENCES) found.push(`${sentences} sentences (at most ${MAX_SENTENCES})`);
  return found;
}

describe('phrasings of the bundled pack', () => {
  const all = phrasings();

  it('has phrasings to check', () => {
    expect(all.length).toBeGreaterThan(corePack.principles.length * 2 * 2);
  });

  it('follow the field rules (balanced braces, short labels, no invented facts)', () => {
    const report = all.flatMap((p) => problems(p).map((message) => `${p.where}: ${message}`));
    expect(report).toEqual([]);
  });

  it('gives note phrasings (1-2 per language) to every principle that fits a note', () => {
    for (const p of corePack.principles) {
      if (!p.contexts.includes('crm') && !p.contexts.includes('any')) continue;
      for (const language of LANGUAGES) {
        const notes = p.text[language]?.tryThisNote ?? [];
        expect(notes.length, `${p.id} ${language}`).toBeGreaterThanOrEqual(1);
        expect(notes.length, `${p.id} ${language}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('catches what the rules forbid', () => {
    const check = (text: string, language: Language = 'en') =>
      problems({ where: 'test', text, language });
    expect(check('Your order ships on Tuesday.')).toContain('a weekday outside the fields');
    expect(check('We refund 10 % today.')).toContain('a digit outside the fields');
    expect(check('Ihre Lieferung kommt im Mai.', 'de')).toContain('a month outside the fields');
    expect(check('Here are the steps: ...')).toHaveLength(1);
    expect(check('Hi {Name}, thanks.')).toContain('the name field is {name}, not {Name}');
    expect(check('Hallo {name}, danke.', 'de')).toEqual(['the name field is {Name}, not {name}']);
    expect(check('New date {new {date}}.')).toHaveLength(1);
    expect(check('{a} {b} {c} {d}.')).toHaveLength(1);
    expect(check('May I ask what would need to change?')).toEqual([]);
    expect(check('Your order ships on {new date}, {name}.')).toEqual([]);
  });
});

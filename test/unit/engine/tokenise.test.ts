import { describe, expect, it } from 'vitest';
import { splitParagraphs, tokenise } from '../../../src/engine/tokenise';

const words = (text: string) => tokenise(text).map((t) => text.slice(t.start, t.end));

describe('tokenise', () => {
  it('gives UTF-16 offsets that slice the input exactly, across emoji and surrogate pairs', () => {
    const text = '😀 Die 👩‍💻Lieferung, 𝒳 late…';
    const tokens = tokenise(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Die',
      'Lieferung',
      '𝒳',
      'late',
    ]);
    expect(tokens[0]?.start).toBe(3);
  });

  it('keeps apostrophes inside words and normalises typographic ones', () => {
    const tokens = tokenise("We don’t know, it isn't here.");
    expect(tokens.map((t) => t.lower)).toEqual(['we', "don't", 'know', 'it', "isn't", 'here']);
  });

  it('splits hyphenated words into parts', () => {
    expect(words('Liefer-Verzögerung and follow-up')).toEqual([
      'Liefer',
      'Verzögerung',
      'and',
      'follow',
      'up',
    ]);
  });

  it('counts sentences at . ! ? but not in numbers or abbreviations', () => {
    const tokens = tokenise('Price is 3.5 euros, e.g. today. Really? Yes! z. B. morgen');
    const sentenceOf = (word: string) => tokens.find((t) => t.lower === word)?.sentence;
    expect(sentenceOf('price')).toBe(0);
    expect(sentenceOf('today')).toBe(0);
    expect(sentenceOf('really')).toBe(1);
    expect(sentenceOf('yes')).toBe(2);
    expect(sentenceOf('morgen')).toBe(3);
  });

  it('starts a new clause at commas, line breaks and "but"/"aber"', () => {
    const tokens = tokenise('no delay, but a problem\nand aber gut');
    const clauses = tokens.map((t) => t.clause);
    expect(clauses).toEqual([0, 0, 1, 1, 1, 2, 3, 3]);
  });

  it('handles CRLF line breaks with exact offsets', () => {
    const text = 'First line\r\nsecond line';
    const tokens = tokenise(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'First',
      'line',
      'second',
      'line',
    ]);
    expect(tokens[2]?.joinsPrevious).toBe(false);
    expect(tokens[1]?.joinsPrevious).toBe(true);
  });

  it('marks capitalised words', () => {
    expect(tokenise('Die Lieferung verzögert').map((t) => t.capitalised)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines (LF and CRLF) and keeps offsets', () => {
    const text = 'One.\r\n\r\nTwo\nstill two.\n \n\nThree';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['One.', 'Two\nstill two.', 'Three']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('returns nothing for empty text', () => {
    expect(splitParagraphs('')).toEqual([]);
  });
});

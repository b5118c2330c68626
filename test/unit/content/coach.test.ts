import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../content/coach/sentence';
import {
  fieldLabels,
  fillTemplate,
  greetingName,
  parseTemplate,
  templateText,
} from '../../../content/coach/template';

describe('phrasing templates', () => {
  it('splits a phrasing into text and fields, a repeated label being one field', () => {
    const parts = parseTemplate('The new date is {new date}. I will confirm {new date} by mail.');
    expect(parts).toEqual([
      { kind: 'text', text: 'The new date is ' },
      { kind: 'field', label: 'new date' },
      { kind: 'text', text: '. I will confirm ' },
      { kind: 'field', label: 'new date' },
      { kind: 'text', text: ' by mail.' },
    ]);
    expect(fieldLabels(parts)).toEqual(['new date']);
    expect(templateText(parts)).toBe(
      'The new date is [new date]. I will confirm [new date] by mail.',
    );
  });

  it('fills every field, and gives nothing while one is empty', () => {
    const parts = parseTemplate('Hi {name}, it ships on {new date}.');
    expect(fillTemplate(parts, { name: 'Sarah' })).toBeNull();
    expect(fillTemplate(parts, { name: 'Sarah', 'new date': '  ' })).toBeNull();
    expect(fillTemplate(parts, { name: 'Sarah', 'new date': ' 12 June ' })).toBe(
      'Hi Sarah, it ships on 12 June.',
    );
  });

  it('leaves braces that are not a field as text', () => {
    expect(parseTemplate('a {} b {' + 'x'.repeat(41) + '} c')).toEqual([
      { kind: 'text', text: 'a {} b {' + 'x'.repeat(41) + '} c' },
    ]);
    expect(fillTemplate(parseTemplate('No fields here.'), {})).toBe('No fields here.');
  });

  it.each([
    ['Hi Sarah,\n\nthanks for your mail.', 'Sarah'],
    ['Dear Ms Lopez,\nwe …', 'Ms Lopez'],
    ['  \nHallo Frau Weber,\nvielen Dank', 'Frau Weber'],
    ['Sehr geehrte Frau Dr. Klein,\n', 'Frau Dr. Klein'],
    ['Guten Tag Herr Ott!\n', 'Herr Ott'],
    ['Hi all,\n', null],
    ['Sehr geehrte Damen und Herren,\n', null],
    ['Hallo zusammen,\n', null],
    ['We missed the date, sorry.', null],
    ['hi there,\n', null],
  ])('finds the greeting name in %j', (text, name) => {
    expect(greetingName(text)).toBe(name);
  });
});

describe('the sentence around evidence', () => {
  const around = (text: string, quote: string) => {
    const start = text.indexOf(quote);
    const span = sentenceAround(text, { start, end: start + quote.length });
    return text.slice(span.start, span.end);
  };

  it('takes the sentence the words sit in, with its full stop', () => {
    const text =
      'Hi Ana,\n\nThanks for asking. Sorry for the delay with your order! It ships soon.';
    expect(around(text, 'delay')).toBe('Sorry for the delay with your order!');
    expect(around(text, 'soon')).toBe('It ships soon.');
    expect(around(text, 'asking')).toBe('Thanks for asking.');
  });

  it('does not end a sentence at an abbreviation, an initial or a date', () => {
    const text = 'Die Lieferung, z. B. Nr. 4711, kommt am 12.06. leider später. Danke.';
    expect(around(text, 'später')).toBe(
      'Die Lieferung, z. B. Nr. 4711, kommt am 12.06. leider später.',
    );
    expect(around('We use e.g. the old plan. J. Smith agreed to the delay.', 'delay')).toBe(
      'J. Smith agreed to the delay.',
    );
  });

  it('never reaches into another line (a greeting, a signature)', () => {
    const text = 'Hi Ana\nthe order is delayed\nBest, Tom';
    expect(around(text, 'delayed')).toBe('the order is delayed');
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(around('He said "it is late." Then he left.', 'late')).toBe('He said "it is late."');
  });
});

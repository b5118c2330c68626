/** The own-principle form model: conversion both ways, and validation paths mapped to fields. */
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import {
  blankDraft,
  blankSignal,
  fieldFor,
  fromDraft,
  idFromTitle,
  toDraft,
  uniqueId,
  validateDraft,
} from '../../../src/options/editor-model';
import { compareVersions } from '../../../src/options/versions';

describe('principle drafts', () => {
  it('round-trips every bundled principle unchanged', () => {
    for (const principle of corePack.principles) {
      expect(fromDraft(toDraft(principle))).toEqual(principle);
    }
  });

  it('leaves out a language that is not enabled, empty rows and empty optional fields', () => {
    const draft = blankDraft('de');
    draft.id = 'x-rule';
    draft.de = {
      ...draft.de,
      title: 'T',
      summary: 'S',
      why: 'W',
      tryThis: [' a ', '', 'b\nc'],
      triggers: [blankSignal(), { kind: 'regex', value: 'ab+c', weight: '2,5', exact: true }],
    };
    const principle = fromDraft(draft);
    expect(principle.text.en).toBeUndefined();
    expect(principle.text.de?.tryThis).toEqual(['a', 'b\nc']);
    // The empty first row is dropped; `exact` applies only to words, and "2,5" is read as 2.5.
    expect(principle.signals.de).toEqual({ triggers: [{ regex: 'ab+c', weight: 2.5 }] });
    expect(principle.source).toEqual({ type: 'practice', title: '' });
    expect(principle.examples).toBeUndefined();
  });

  it('maps validation paths to the form fields, counting empty signal rows', () => {
    const draft = blankDraft('en');
    draft.en.triggers = [blankSignal(), { ...blankSignal(), value: 'x' }];
    expect(fieldFor('$.principles[0].id', draft)).toBe('id');
    expect(fieldFor('$.principles[0].contexts[1]', draft)).toBe('contexts');
    expect(fieldFor('$.principles[0].source.year', draft)).toBe('source.year');
    expect(fieldFor('$.principles[0].text', draft)).toBe('languages');
    expect(fieldFor('$.principles[0].text.de.tryThis[2]', draft)).toBe('text.de.tryThis');
    expect(fieldFor('$.principles[0].signals.en', draft)).toBe('signals.en.triggers');
    // Row 0 of the principle is row 1 of the form: the form's row 0 is empty.
    expect(fieldFor('$.principles[0].signals.en.triggers[0].regex', draft)).toBe(
      'signals.en.triggers[1].value',
    );
    expect(fieldFor('$.principles[0].signals.en.triggers[0].weight', draft)).toBe(
      'signals.en.triggers[1].weight',
    );
    expect(fieldFor('$.principles[0].examples.en.negative[0]', draft)).toBe('examples.en.negative');
    expect(fieldFor('$.principles[0].mystery', draft)).toBe('form');
  });

  it('validates a draft with problems by field, and refuses an id in use', () => {
    const draft = toDraft(corePack.principles[0]!);
    expect(validateDraft(draft, []).valid).toBe(true);
    draft.en.triggers = [{ kind: 'regex', value: '(a', weight: '9', exact: false }];
    draft.source.year = 'soon';
    const check = validateDraft(draft, [draft.id]);
    expect(check.valid).toBe(false);
    expect(Object.keys(check.errors).sort()).toEqual([
      'id',
      'signals.en.triggers[0].value',
      'signals.en.triggers[0].weight',
      'source.year',
    ]);
    expect(check.errors['signals.en.triggers[0].value']?.[0]).toMatch(/not valid RE2/);
  });

  it('makes ids from titles and keeps them unique', () => {
    expect(idFromTitle('Größe zählt – „immer“!')).toBe('grosse-zahlt-immer');
    expect(idFromTitle('  ')).toBe('');
    expect(uniqueId('a', ['a', 'a-2'])).toBe('a-3');
    expect(uniqueId('b', ['a'])).toBe('b');
  });

  it('compares pack versions', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('2.0.0-beta', '2.0.0')).toBe(0);
    expect(compareVersions('0.9.0', '1.0.0')).toBe(-1);
  });
});

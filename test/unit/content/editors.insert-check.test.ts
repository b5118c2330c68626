import { describe, expect, it } from 'vitest';
import { caretInsertPoint, insertedAt } from '../../../content/editors/insert-check';

describe('insertedAt', () => {
  it('accepts exactly the span replaced by the text', () => {
    expect(insertedAt('We refund it.', 'We reimburse it.', 'reimburse', { start: 3, end: 9 })).toBe(
      true,
    );
    expect(insertedAt('ab', 'aXb', 'X', { start: 1, end: 1 })).toBe(true);
  });

  it('rejects a half insert, an insert elsewhere, or other changes', () => {
    expect(insertedAt('ab', 'aXYb', 'XYZ', { start: 1, end: 1 })).toBe(false);
    expect(insertedAt('ab', 'abX', 'X', { start: 1, end: 1 })).toBe(false);
    expect(insertedAt('abc', 'aXbd', 'X', { start: 1, end: 1 })).toBe(false);
    expect(insertedAt('We refund it.', 'We reimburse it!', 'reimburse', { start: 3, end: 9 })).toBe(
      false,
    );
  });
});

describe('caretInsertPoint', () => {
  it('finds where a whole insert went', () => {
    expect(caretInsertPoint('one\ntwo', 'one\ntwoX', 'X')).toBe(7);
    expect(caretInsertPoint('aa', 'aaa', 'a')).toBeGreaterThanOrEqual(0);
  });

  it('accepts the line of its own that a caret after the last block gives (Firefox)', () => {
    expect(caretInsertPoint('one\ntwo', 'one\ntwo\nNew text', 'New text')).toBe(8);
    expect(caretInsertPoint('one\ntwo', 'New text\none\ntwo', 'New text')).toBe(0);
  });

  it('rejects an insert that is not whole or that changed other text', () => {
    expect(caretInsertPoint('one two', 'one Newtwo', 'New text')).toBe(-1);
    expect(caretInsertPoint('one two', 'one New text tw', 'New text')).toBe(-1);
    expect(caretInsertPoint('one', 'New text\n\none', 'New text')).toBe(-1);
  });
});

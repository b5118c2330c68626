import { describe, expect, it } from 'vitest';
import { PageErrors } from '../../../e2e/support/page-errors';

describe('PageErrors', () => {
  it('lists every page’s uncaught errors, and each page’s uncaught and console errors', () => {
    const errors = new PageErrors();
    const first = {};
    const second = {};
    const ofFirst = errors.of(first);
    errors.uncaught(first, new Error('boom'));
    errors.console(first, 'warning', 'not an error');
    errors.console(first, 'error', 'failed');
    errors.uncaught(second, 'thrown string');
    expect(errors.all).toEqual(['boom', 'thrown string']);
    expect(ofFirst).toEqual(['pageerror: boom', 'console: failed']);
    expect(errors.of(second)).toEqual(['pageerror: thrown string']);
    expect(errors.of({})).toEqual([]);
  });

  it('leaves an ignored page out of the list of all errors, not out of its own', () => {
    const errors = new PageErrors();
    const probe = {};
    errors.ignore(probe);
    errors.uncaught(probe, new Error('on purpose'));
    expect(errors.all).toEqual([]);
    expect(errors.of(probe)).toEqual(['pageerror: on purpose']);
  });
});

// @vitest-environment happy-dom
/** The stale-result guard the pages and the connector share. */
import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { latestOnly, useLatest } from '../../../src/ui/latest';

afterEach(cleanup);

describe('latestOnly', () => {
  it('keeps a request current until a newer one begins', () => {
    const begin = latestOnly();
    const first = begin();
    expect(first()).toBe(true);
    const second = begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('numbers each sequence on its own', () => {
    const one = latestOnly();
    const other = latestOnly();
    const request = one();
    other();
    expect(request()).toBe(true);
  });
});

describe('useLatest', () => {
  it('is the same sequence on every render', () => {
    const { result, rerender } = renderHook(() => useLatest());
    const begin = result.current;
    const request = begin();
    rerender();
    expect(result.current).toBe(begin);
    expect(request()).toBe(true);
    result.current();
    expect(request()).toBe(false);
  });

  it('makes every pending request stale when the component unmounts', () => {
    const { result, unmount } = renderHook(() => useLatest());
    const request = result.current();
    unmount();
    expect(request()).toBe(false);
  });
});

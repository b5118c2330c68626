import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, TYPING_PAUSE_MS } from '../../../content/session/scheduler';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number) => clearTimeout(id),
};

describe('analysis scheduling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and runs once for a burst of input', () => {
    const run = vi.fn();
    const scheduler = createScheduler(run, timers);
    for (let i = 0; i < 10; i++) {
      scheduler.input();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs while an IME composition is open, and runs after it ends', () => {
    const run = vi.fn();
    const scheduler = createScheduler(run, timers);
    scheduler.input();
    scheduler.compositionStart();
    expect(scheduler.composing).toBe(true);
    scheduler.input();
    scheduler.soon();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 5);
    expect(run).not.toHaveBeenCalled();
    scheduler.compositionEnd();
    expect(scheduler.composing).toBe(false);
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs soon() without waiting for a typing pause', () => {
    const run = vi.fn();
    const scheduler = createScheduler(run, timers);
    scheduler.soon();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancels what is pending', () => {
    const run = vi.fn();
    const scheduler = createScheduler(run, timers);
    scheduler.input();
    scheduler.cancel();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(run).not.toHaveBeenCalled();
    scheduler.input();
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

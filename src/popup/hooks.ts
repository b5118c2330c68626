/** The popup's small hooks: a search index built on demand and a transient announcement. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PrincipleEntry } from '../ui/connector';
import { categoryNames } from '../ui/categories';
import { createPrincipleSearch, type PrincipleSearch } from '../ui/principle-search';

const TOAST_MS = 2000;

/** A search index built on the first query, not at start-up: the popup must open fast. */
export function useSearch(principles: readonly PrincipleEntry[]): PrincipleSearch {
  const key = principles.map((entry) => `${entry.id}@${entry.pack.id}`).join(' ');
  return useMemo(() => {
    let index: PrincipleSearch | null = null;
    return {
      search(query: string) {
        if (query.trim() === '') return null;
        index ??= createPrincipleSearch(
          principles.map((entry) => entry.principle),
          categoryNames,
        );
        return index.search(query);
      },
    };
    // Rebuilt when the principles change, not when a favourite or an on/off state does.
  }, [key]);
}

/** A short message at the bottom that screen readers announce, e.g. "Copied". */
export function useToast(): [string, (text: string) => void] {
  const [toast, setToast] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (text: string) => {
    setToast(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setToast(''), TOAST_MS);
  };
  return [toast, show];
}

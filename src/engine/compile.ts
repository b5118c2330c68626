/**
 * Compiles packs once into the engine's tables: the merged principle list (later packs
 * override earlier ones with the same id) and one matcher per language. `compiledFor` memoises
 * by the identity of the pack objects, so callers may pass a fresh array on every call.
 */
import type { Language, Pack, Principle, Signal } from '../data/types';
import { LanguageMatcher } from './matcher';
import type { Matchers } from './paragraph';
import { type CompiledSignal, compileSignal } from './signals';

/** Packs compiled into principle list and matchers. */
export interface CompiledPacks {
  principles: Principle[];
  matchers: Matchers;
}

const LANGUAGES: readonly Language[] = ['en', 'de'];

/** Principles of all packs, later packs replacing earlier principles with the same id in place. */
export function mergePrinciples(packs: readonly Pack[]): Principle[] {
  const position = new Map<string, number>();
  const merged: Principle[] = [];
  for (const pack of packs) {
    for (const principle of pack.principles) {
      const at = position.get(principle.id);
      if (at === undefined) {
        position.set(principle.id, merged.length);
        merged.push(principle);
      } else {
        merged[at] = principle;
      }
    }
  }
  return merged;
}

/** Compiles packs into tables; prefer `compiledFor`, which caches. */
export function compilePacks(packs: readonly Pack[]): CompiledPacks {
  const principles = mergePrinciples(packs);
  let nextId = 0;
  const compileAll = (
    list: readonly Signal[] | undefined,
    principle: number,
    suppressor: boolean,
    language: Language,
  ) =>
    (list ?? []).flatMap((signal) => {
      const compiled = compileSignal(signal, { id: nextId++, principle, suppressor, language });
      return compiled === undefined ? [] : [compiled];
    });
  const byLanguage = { en: [] as CompiledSignal[], de: [] as CompiledSignal[] };
  principles.forEach((principle, index) => {
    for (const language of LANGUAGES) {
      const signals = principle.signals[language];
      if (signals === undefined) continue;
      byLanguage[language].push(
        ...compileAll(signals.triggers, index, false, language),
        ...compileAll(signals.suppressors, index, true, language),
      );
    }
  });
  return { principles, matchers: lazyMatchers(byLanguage) };
}

/** Matchers built on first use: a text in one language never pays for the other's tables. */
function lazyMatchers(signals: Record<Language, CompiledSignal[]>): Matchers {
  const built: Partial<Matchers> = {};
  const get = (language: Language) =>
    (built[language] ??= new LanguageMatcher(language, signals[language]));
  return {
    get en() {
      return get('en');
    },
    get de() {
      return get('de');
    },
  };
}

interface CacheNode {
  compiled?: CompiledPacks;
  next: WeakMap<Pack, CacheNode>;
}

const root: CacheNode = { next: new WeakMap() };

/** The compiled form of `packs`, built once per distinct sequence of pack objects. */
export function compiledFor(packs: readonly Pack[]): CompiledPacks {
  let node = root;
  for (const pack of packs) {
    let child = node.next.get(pack);
    if (child === undefined) {
      child = { next: new WeakMap() };
      node.next.set(pack, child);
    }
    node = child;
  }
  node.compiled ??= compilePacks(packs);
  return node.compiled;
}

/**
 * Compiles packs once into the engine's tables: the merged principle list (later packs
 * override earlier ones with the same id) and one matcher per language. `compiledFor` memoises
 * by the identity of the pack objects, so callers may pass a fresh array on every call.
 */
import type { Language, Pack, Principle, Signal } from '../data/types';
import { LanguageMatcher } from './matcher';
import type { Matchers } from './paragraph';
import { CONCEPT_IDS, CONCEPTS } from '../data/concepts';
import { mergePrinciples } from '../data/merge';
import { CONCEPT_GROUP, type CompiledSignal, compileSignal, type SignalRoles } from './signals';

/** Packs compiled into principle list and matchers. */
export interface CompiledPacks {
  principles: Principle[];
  matchers: Matchers;
  /**
   * Hits of a principle's `done` signals carry principle index `doneOffset + index`: they run
   * through the same matching (roles, negation, quotes) but never count towards a score.
   */
  doneOffset: number;
}

const LANGUAGES: readonly Language[] = ['en', 'de'];

/** Compiles packs into tables; prefer `compiledFor`, which caches. */
export function compilePacks(packs: readonly Pack[]): CompiledPacks {
  const principles = mergePrinciples(packs);
  let nextId = 0;
  let nextGroup = CONCEPT_GROUP;
  const byLanguage = { en: [] as CompiledSignal[], de: [] as CompiledSignal[] };
  const compileAll = (
    list: readonly Signal[] | undefined,
    principle: number,
    suppressor: boolean,
    language: Language,
  ) => {
    const out = byLanguage[language];
    for (const signal of list ?? []) {
      const own = !suppressor && (signal.concept !== undefined || signal.with !== undefined);
      const roles: SignalRoles = {
        scope: signal.scope ?? 'own',
        ours: signal.whose === 'ours',
        claim: signal.claim === true,
        group: own ? nextGroup++ : principle,
        needs: !suppressor && signal.with !== undefined,
      };
      const id = nextId++;
      if (typeof signal.concept === 'string') {
        out.push(...expandConcept(signal, { principle, suppressor, language, roles }, id));
      } else {
        const compiled = compileSignal(signal, { id, principle, suppressor, language, roles });
        if (compiled !== undefined) out.push(compiled);
      }
      if (roles.needs) {
        // The `with` concept's words, as conditions of this signal's group.
        const condition = { ...roles, needs: false, condition: true };
        for (const word of conceptSignals(signal.with as string, language)?.triggers ?? []) {
          const compiled = compileSignal(word, {
            id,
            principle,
            suppressor: false,
            language,
            roles: condition,
          });
          if (compiled !== undefined) out.push(compiled);
        }
      }
    }
  };
  principles.forEach((principle, index) => {
    for (const language of LANGUAGES) {
      const signals = principle.signals[language];
      if (signals === undefined) continue;
      compileAll(signals.triggers, index, false, language);
      compileAll(signals.suppressors, index, true, language);
      compileAll(signals.done, principles.length + index, false, language);
    }
  });
  return { principles, matchers: lazyMatchers(byLanguage), doneOffset: principles.length };
}

/**
 * A concept reference as compiled signals: every word of the concept shares one id (repeats of
 * a concept count less, like repeats of one word) and its weight times the reference's; the
 * concept's suppressors cancel only this reference's words. A reference in `suppressors` makes
 * the concept's words suppressors of the principle.
 */
function expandConcept(
  reference: Signal,
  context: { principle: number; suppressor: boolean; language: Language; roles: SignalRoles },
  id: number,
): CompiledSignal[] {
  const concept = Object.hasOwn(CONCEPTS, reference.concept as string)
    ? CONCEPTS[reference.concept as string]
    : undefined;
  const signals = concept?.signals[context.language];
  if (concept === undefined || signals === undefined) return [];
  const roles: SignalRoles = {
    ...context.roles,
    concept: CONCEPT_IDS.indexOf(reference.concept as string),
    ours: (reference.whose ?? concept.whose) === 'ours',
    claim: reference.claim ?? concept.claim ?? false,
  };
  const factor = typeof reference.weight === 'number' ? reference.weight : 1;
  const out: CompiledSignal[] = [];
  const add = (list: readonly Signal[] | undefined, suppressor: boolean) => {
    for (const signal of list ?? []) {
      const compiled = compileSignal(
        { ...signal, reach: reference.reach },
        { id, principle: context.principle, suppressor, language: context.language, factor, roles },
      );
      if (compiled !== undefined) out.push(compiled);
    }
  };
  add(signals.triggers, context.suppressor);
  // The concept's own suppressors cancel only this reference's words (its group).
  if (!context.suppressor) add(signals.suppressors, true);
  return out;
}

/** The signals of a concept in one language, if it has any. */
function conceptSignals(id: string, language: Language) {
  return Object.hasOwn(CONCEPTS, id) ? CONCEPTS[id]?.signals[language] : undefined;
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

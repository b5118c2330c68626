/**
 * The engine's entry points. `analyze` is stateless apart from a cache of compiled packs;
 * `createAnalyzer` also remembers each paragraph's tokens and hits, so re-analysing a long
 * text after a small edit redoes only the paragraphs that changed.
 *
 * Mixed languages: with `language: 'auto'` every paragraph gets its own language (falling back
 * to the whole text's when it has too little evidence), and a sentence with clear evidence of
 * its own (two or more function words, 1.5x the other language) is matched in that language.
 * `Analysis.language` is the language of the text as a whole.
 */
import { CONCEPT_IDS } from '../data/concepts';
import scorerData from '../data/scorer.json';
import type { Context, Language, Pack } from '../data/types';
import { type CompiledPacks, compiledFor } from './compile';
import { decide, type LanguageEvidence } from './language';
import {
  type Hit,
  matchParagraph,
  type PreparedParagraph,
  prepareParagraph,
  sentenceLanguages,
} from './paragraph';
import { openCandidates, type PlacedParagraph } from './open-candidates';
import { mergeEvidence, orderAndCut, principleScores, rankSuggestions } from './score';
import { doneFeature, probability, type ScorerInput, type ScorerModel, shapesOf } from './scorer';
import { type EmailStructure, emailStructure, keepOnly, outside, type Span } from './structure';
import { splitParagraphs } from './tokenise';
import type { Analysis, AnalyzeOptions, Suggestion } from './types';

/** Options of an analyzer's `analyze`: everything but the packs, which the analyzer holds. */
export type AnalyzerOptions = Omit<AnalyzeOptions, 'packs'>;

/** An analyzer bound to packs, caching per paragraph between calls. */
export interface Analyzer {
  analyze(text: string, options?: AnalyzerOptions): Analysis;
  /** Paragraphs matched afresh and taken from the cache in the last call (for tests and benchmarks). */
  readonly lastRun: { matched: number; reused: number };
}

interface ParagraphCache {
  prepared: Map<string, PreparedParagraph>;
  hits: Map<string, Hit[]>;
}

/** Analyses `text` against `options.packs` (compiled once per pack sequence and reused). */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  return run(text, compiledFor(options.packs), options, undefined);
}

/** An analyzer for `packs` that re-analyses only changed paragraphs on each call. */
export function createAnalyzer(packs: readonly Pack[]): Analyzer {
  const compiled = compiledFor(packs);
  let cache: ParagraphCache = { prepared: new Map(), hits: new Map() };
  const lastRun = { matched: 0, reused: 0 };
  return {
    lastRun,
    analyze(text, options = {}) {
      // Entries not used by this text are dropped, so the cache never outgrows the text.
      const next: ParagraphCache = { prepared: new Map(), hits: new Map() };
      const analysis = run(text, compiled, options, { previous: cache, next });
      let matched = 0;
      for (const key of next.hits.keys()) if (!cache.hits.has(key)) matched++;
      lastRun.matched = matched;
      lastRun.reused = next.hits.size - matched;
      cache = next;
      return analysis;
    },
  };
}

/** The bundled scorer (src/data/scorer.json), or none when it holds no models. */
const BUNDLED_SCORER: ScorerModel | undefined =
  Object.keys((scorerData as ScorerModel).models ?? {}).length > 0
    ? (scorerData as ScorerModel)
    : undefined;

function run(
  text: string,
  compiled: CompiledPacks,
  options: AnalyzerOptions,
  cache: { previous: ParagraphCache; next: ParagraphCache } | undefined,
): Analysis {
  const structure = structureOf(text, options.structure);
  const ownText = keepOnly(
    text,
    outside(sortSpans([...structure.quoted, ...structure.ignored]), text.length),
  );
  const forced =
    options.language === 'en' || options.language === 'de' ? options.language : undefined;
  const own = collectHits(ownText, compiled, forced, cache);
  const language = own.language ?? forced ?? 'en';
  const context = options.context ?? 'any';
  const ownHits = own.hits.filter((hit) => hit.scope !== 'reply');
  const words = own.paragraphs.reduce((n, p) => n + p.prepared.tokens.length, 0);
  const model =
    options.scorer === false || words > SCORER_MAX_WORDS
      ? undefined
      : (options.scorer ?? BUNDLED_SCORER);
  let input: ScorerInput | undefined;
  const rescore =
    model === undefined
      ? undefined
      : (index: number) => {
          const id = compiled.principles[index]?.id;
          if (id === undefined || !Object.hasOwn(model.models, id)) return undefined;
          input ??= scorerInput(own, ownHits, compiled, context, language);
          return probability(model, id, input);
        };
  let suggestions = rankSuggestions(
    text,
    ownHits,
    compiled.principles,
    context,
    options.settings,
    rescore,
  );
  if (model?.openThreshold !== undefined && own.paragraphs.length > 0) {
    const matcher = compiled.matchers[language];
    const found = openCandidates({
      text,
      model,
      input: (input ??= scorerInput(own, ownHits, compiled, context, language)),
      language,
      paragraphs: own.paragraphs,
      stemOf: (lower) => matcher.info(lower).stem,
      principles: compiled.principles,
      hits: own.hits,
      settings: options.settings ?? {},
    });
    if (found.length > 0) suggestions = orderAndCut([...suggestions, ...found], options.settings);
  }
  suggestions = markDone(text, suggestions, own.done, compiled);
  const analysis: Analysis = { language, suggestions, replyTo: [] };
  if (structure.quoted.length > 0) {
    const quoted = collectHits(
      keepOnly(text, structure.quoted),
      compiled,
      forced ?? language,
      cache,
    );
    const shown = new Set(suggestions.map((s) => s.id));
    analysis.replyTo = rankSuggestions(
      text,
      quoted.hits.filter((hit) => hit.scope !== 'own'),
      compiled.principles,
      context,
      options.settings,
    ).filter((s) => !shown.has(s.id));
  }
  return analysis;
}

/**
 * Marks the suggestions whose `done` signals hit in the rep's own words: the draft already does
 * what the principle asks. The evidence is those words; ranking is unchanged.
 */
function markDone(
  text: string,
  suggestions: Suggestion[],
  done: readonly Hit[],
  compiled: CompiledPacks,
): Suggestion[] {
  if (done.length === 0) return suggestions;
  const byIndex = new Map<string, Hit[]>();
  for (const hit of done) {
    if (hit.scope === 'reply') continue;
    const id = compiled.principles[hit.principle - compiled.doneOffset]?.id;
    if (id === undefined) continue;
    const list = byIndex.get(id);
    if (list === undefined) byIndex.set(id, [hit]);
    else list.push(hit);
  }
  return suggestions.map((s) => {
    const hits = byIndex.get(s.id);
    return hits === undefined ? s : { ...s, done: mergeEvidence(text, hits) };
  });
}

/**
 * The scorer was trained on drafts of up to a few hundred words; in a longer text (a long
 * document, a huge field's window) the rules decide alone.
 */
const SCORER_MAX_WORDS = 400;

/** What the learned scorer reads of the rep's words: rule scores, concepts and stems. */
function scorerInput(
  own: CollectedHits,
  hits: readonly Hit[],
  compiled: CompiledPacks,
  context: Context,
  language: Language,
): ScorerInput {
  const rules = new Map<string, number>();
  for (const [index, score] of principleScores(hits, compiled.principles, context)) {
    const id = compiled.principles[index]?.id;
    if (id !== undefined) rules.set(id, score);
  }
  const concepts = new Set<string>();
  for (const hit of hits) if (hit.concept >= 0) concepts.add(CONCEPT_IDS[hit.concept] as string);
  // A principle whose `done` signals hit in the rep's words: the scorer learns when that means
  // the draft needs nothing more (a mistake owned with a new plan, a limit set with an abuser).
  for (const hit of own.done) {
    const id =
      hit.scope === 'reply'
        ? undefined
        : compiled.principles[hit.principle - compiled.doneOffset]?.id;
    if (id !== undefined) concepts.add(doneFeature(id));
  }
  const matcher = compiled.matchers[language];
  let stems: Set<string> | undefined;
  const words = own.paragraphs.reduce((n, p) => n + p.prepared.tokens.length, 0);
  return {
    language,
    shapes: shapesOf(words),
    rules,
    concepts,
    stemsFor() {
      if (stems === undefined) {
        stems = new Set();
        for (const paragraph of own.paragraphs)
          for (const token of paragraph.prepared.tokens)
            if (/\p{L}/u.test(token.lower)) stems.add(matcher.info(token.lower).stem);
      }
      return stems;
    },
  };
}

/** The scorer's input for a text, without the scorer: for training it (src/cli/train-scorer.ts). */
export function scorerInputFor(text: string, options: AnalyzeOptions): ScorerInput {
  const compiled = compiledFor(options.packs);
  const structure = structureOf(text, options.structure);
  const ownText = keepOnly(
    text,
    outside(sortSpans([...structure.quoted, ...structure.ignored]), text.length),
  );
  const forced =
    options.language === 'en' || options.language === 'de' ? options.language : undefined;
  const own = collectHits(ownText, compiled, forced, undefined);
  const hits = own.hits.filter((hit) => hit.scope !== 'reply');
  return scorerInput(own, hits, compiled, options.context ?? 'any', own.language ?? forced ?? 'en');
}

/** The text's own structure, with what the editor knows about it added. */
function structureOf(text: string, given: AnalyzeOptions['structure']): EmailStructure {
  const found = emailStructure(text);
  if (given === undefined) return found;
  const clip = (spans: readonly Span[] | undefined) =>
    (spans ?? [])
      .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
      .filter((s) => s.end > s.start);
  const quoted = clip(given.quoted);
  // What the editor marks as quoted wins over what the text looks like.
  const insideGiven = (span: Span) => quoted.some((q) => span.start < q.end && span.end > q.start);
  return {
    quoted: sortSpans([...found.quoted.filter((s) => !insideGiven(s)), ...quoted]),
    ignored: sortSpans([...found.ignored, ...clip(given.ignored)]),
  };
}

function sortSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Hits of a text's paragraphs, the language of its words, and the paragraphs themselves. */
interface CollectedHits {
  hits: Hit[];
  /** Hits of `done` signals (principle index offset by `doneOffset`). */
  done: Hit[];
  language: Language | undefined;
  paragraphs: PlacedParagraph[];
}

/** Hits of every paragraph of `text` (offsets into `text`), and the language of its words. */
function collectHits(
  text: string,
  compiled: CompiledPacks,
  forced: Language | undefined,
  cache: { previous: ParagraphCache; next: ParagraphCache } | undefined,
): CollectedHits {
  const preparedMaps = cache && { previous: cache.previous.prepared, next: cache.next.prepared };
  const hitMaps = cache && { previous: cache.previous.hits, next: cache.next.hits };
  const paragraphs = splitParagraphs(text)
    .filter((paragraph) => paragraph.text.trim() !== '')
    .map((paragraph) => ({
      start: paragraph.start,
      prepared: reuse(preparedMaps, paragraph.text, () => prepareParagraph(paragraph.text)),
    }));
  const language = forced ?? documentLanguage(paragraphs.map((p) => p.prepared.evidence));
  const hits: Hit[] = [];
  const done: Hit[] = [];
  for (const { start, prepared } of paragraphs) {
    const own = forced ?? decide(prepared.evidence) ?? language;
    const key = `${forced === undefined ? '~' : '!'}${own}\u0000${prepared.text}`;
    const paragraphHits = reuse(hitMaps, key, () =>
      matchParagraph(
        prepared,
        sentenceLanguages(prepared, own, forced !== undefined),
        compiled.matchers,
      ),
    );
    for (const hit of paragraphHits)
      (hit.principle >= compiled.doneOffset ? done : hits).push({
        ...hit,
        start: hit.start + start,
        end: hit.end + start,
      });
  }
  return {
    hits,
    done,
    language: paragraphs.length > 0 ? language : undefined,
    paragraphs,
  };
}

function documentLanguage(evidence: readonly LanguageEvidence[]): Language {
  const total = { en: 0, de: 0 };
  for (const e of evidence) {
    total.en += e.en;
    total.de += e.de;
  }
  return decide(total, 0.3) ?? (total.de > total.en ? 'de' : 'en');
}

/** The value for `key` from this call or the previous one, computed only when neither has it. */
function reuse<V>(
  maps: { previous: Map<string, V>; next: Map<string, V> } | undefined,
  key: string,
  compute: () => V,
): V {
  if (maps === undefined) return compute();
  const value = maps.next.get(key) ?? maps.previous.get(key) ?? compute();
  maps.next.set(key, value);
  return value;
}

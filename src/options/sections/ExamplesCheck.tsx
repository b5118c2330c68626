/** Runs a principle's own examples through the engine: positives must fire it, negatives must not. */
import { useMemo } from 'preact/hooks';
import type { Language, Principle } from '../../data/types';
import { analyze, type EngineSettings } from '../../engine';
import { ownPack } from '../../settings';
import { t } from '../../ui/i18n';

interface ExampleResult {
  language: Language;
  text: string;
  positive: boolean;
  passed: boolean;
}

function checkExamples(principle: Principle, settings: EngineSettings): ExampleResult[] {
  const packs = [ownPack([principle])];
  const own = { ...settings, disabled: [] };
  const results: ExampleResult[] = [];
  for (const language of ['en', 'de'] as const) {
    const examples = principle.examples?.[language];
    if (!examples) continue;
    for (const [positive, texts] of [
      [true, examples.positive],
      [false, examples.negative],
    ] as const) {
      for (const text of texts) {
        const fired = analyze(text, { packs, language, settings: own }).suggestions.some(
          (s) => s.id === principle.id,
        );
        results.push({ language, text, positive, passed: fired === positive });
      }
    }
  }
  return results;
}

/** The examples check of the editor. */
export function ExamplesCheck(props: { principle: Principle; settings: EngineSettings }) {
  const results = useMemo(() => {
    try {
      return checkExamples(props.principle, props.settings);
    } catch {
      return [];
    }
  }, [props.principle, props.settings]);
  if (results.length === 0) return <p class="hint">{t('optionsExamplesNone')}</p>;
  const passed = results.filter((r) => r.passed).length;
  return (
    <div class="examples-check">
      <h4>{t('optionsExamplesTitle', [String(passed), String(results.length)])}</h4>
      <ul>
        {results.map((r, i) => (
          <li key={i} class={r.passed ? 'ok' : 'fail'}>
            <span class="examples-check__mark" aria-hidden="true">
              {r.passed ? '✓' : '✗'}
            </span>
            <span class="mx-visually-hidden">
              {r.passed ? t('optionsExamplePassed') : t('optionsExampleFailed')}:{' '}
            </span>
            {r.positive ? t('optionsExampleShouldFire') : t('optionsExampleShouldNotFire')} “
            {r.text}” ({r.language.toUpperCase()})
          </li>
        ))}
      </ul>
    </div>
  );
}

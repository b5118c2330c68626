/**
 * Local insights: a bar chart of the last weeks (what came up, was used, was dismissed), for all
 * principles or one, drawn in HTML and CSS from the weekly statistics kept on this machine. The
 * chart is a picture for the eye; the same numbers are in a table for everyone else.
 */
import { useMemo, useState } from 'preact/hooks';
import { MAX_STAT_WEEKS, weeklyTotals, type WeekTotals } from '../../settings';
import { t, uiLanguage } from '../../ui/i18n';
import { Card } from '../components';
import { textInUiLanguage } from '../labels';
import { usePage } from '../state';

const SERIES = ['shown', 'used', 'dismissed'] as const;
type Series = (typeof SERIES)[number];

const seriesLabel = (series: Series) =>
  t(
    series === 'shown'
      ? 'optionsInsightsShown'
      : series === 'used'
        ? 'optionsInsightsUsed'
        : 'optionsInsightsDismissed',
  );

/** "12 Oct" for the week starting on that Monday. */
function weekLabel(week: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${week}T00:00:00Z`));
}

function Chart(props: { weeks: WeekTotals[] }) {
  const max = Math.max(1, ...props.weeks.flatMap((w) => SERIES.map((s) => w[s])));
  return (
    <div class="chart" aria-hidden="true">
      {props.weeks.map((week) => (
        <div class="chart__week" key={week.week}>
          <div class="chart__bars">
            {SERIES.map((series) => (
              <span
                key={series}
                class={`chart__bar chart__bar--${series}`}
                style={{ height: `${(week[series] / max) * 100}%` }}
                data-value={week[series]}
              />
            ))}
          </div>
          <span class="chart__label">{weekLabel(week.week)}</span>
        </div>
      ))}
    </div>
  );
}

/** The insights card. */
export function InsightsCard() {
  const { data } = usePage();
  const [only, setOnly] = useState('');
  const titles = useMemo(
    () => new Map(data.principles.map((e) => [e.id, textInUiLanguage(e.principle).title])),
    [data],
  );
  // Only principles that were counted in one of the weeks can be picked.
  const counted = useMemo(() => {
    const ids = new Set(Object.values(data.statWeeks).flatMap((week) => Object.keys(week)));
    return [...ids].sort((a, b) => (titles.get(a) ?? a).localeCompare(titles.get(b) ?? b));
  }, [data, titles]);
  const weeks = useMemo(
    () =>
      weeklyTotals(data.statWeeks, Date.now(), MAX_STAT_WEEKS, only ? new Set([only]) : undefined),
    [data, only],
  );
  const current = weeks[weeks.length - 1];
  const empty = weeks.every((w) => SERIES.every((s) => w[s] === 0));
  return (
    <Card title={t('optionsInsightsTitle', String(MAX_STAT_WEEKS))} headingId="insights-title">
      <p class="hint">{t('optionsInsightsLead')}</p>
      {counted.length > 0 && (
        <div class="field field--inline">
          <label for="insights-principle">{t('optionsInsightsFor')}</label>
          <select
            id="insights-principle"
            value={only}
            onChange={(e) => setOnly(e.currentTarget.value)}
          >
            <option value="">{t('optionsInsightsAll')}</option>
            {counted.map((id) => (
              <option key={id} value={id}>
                {titles.get(id) ?? id}
              </option>
            ))}
          </select>
        </div>
      )}
      {empty ? (
        <p class="empty">{t('optionsInsightsEmpty')}</p>
      ) : (
        <figure class="insights" aria-labelledby="insights-title">
          {current && (
            <p class="insights__now">
              {t('optionsInsightsThisWeek', [
                String(current.shown),
                String(current.used),
                String(current.dismissed),
              ])}
            </p>
          )}
          <Chart weeks={weeks} />
          <ul class="chart__legend" aria-hidden="true">
            {SERIES.map((series) => (
              <li key={series}>
                <span class={`chart__swatch chart__bar--${series}`} />
                {seriesLabel(series)}
              </li>
            ))}
          </ul>
          <details class="insights__numbers">
            <summary>{t('optionsInsightsNumbers')}</summary>
            <div class="table-wrap">
              <table class="stats" aria-label={t('optionsInsightsTableLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('optionsInsightsWeek')}</th>
                    {SERIES.map((series) => (
                      <th scope="col" key={series}>
                        {seriesLabel(series)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...weeks].reverse().map((week) => (
                    <tr key={week.week} data-week={week.week}>
                      <th scope="row">{weekLabel(week.week)}</th>
                      {SERIES.map((series) => (
                        <td key={series}>{week[series]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      )}
    </Card>
  );
}

import { useMemo, useState } from 'react';
import { countedOf, isCounted } from '@/lib/counted-figures';
import { filterFigures } from '@/lib/filter-figures';
import { useDataset } from '@/lib/dataset-context';
import { formatNumber, formatPercent, qualifierMark } from '@/lib/format';
import { fill } from '@/lib/i18n';
import { useViewStore } from '@/stores/view-store';
import { useChartView } from '@/stores/use-figure-filters';
import { cardText } from '@/features/headline/card-text';
import { cardLabel, computeHeadline, HEADLINE_METRICS } from '@/features/headline/headline-totals';
import { headlineMessages as m } from '@/features/headline/messages';
import { SourcesDialog, type SourceCard } from '@/features/headline/sources-dialog';

/** Headline totals for the selected regions, categories and dates. */
export function HeadlineCards() {
  const { data, index } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const filters = useChartView();
  // Filtered once for both: the counted figures (as countedFigures gives them) and the plans, for the sources' note.
  const { counted, planned } = useMemo(() => {
    const filtered = filterFigures(data.figures, index, filters);
    return { counted: countedOf(filtered, index), planned: filtered.filter((f) => !isCounted(f)) };
  }, [data, index, filters]);
  const headline = useMemo(() => computeHeadline(counted), [counted]);
  const [openCard, setOpenCard] = useState<SourceCard | null>(null);
  const zh = lang === 'zh';
  const sourcesButton = (card: SourceCard, name: string, text: string) => (
    <dd className="card-sources">
      <button
        type="button"
        className="card-sources-button"
        aria-haspopup="dialog"
        aria-label={name}
        onClick={() => {
          setOpenCard(card);
        }}
      >
        {text}
      </button>
    </dd>
  );
  return (
    <section className="headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="section-title">
        {m.heading[lang]}
      </h2>
      <dl className="cards">
        {HEADLINE_METRICS.map((metric) => {
          const { sum, regions } = headline.totals[metric];
          const label = cardLabel(metric);
          const shown = sum && cardText(sum.value, lang, sum.qualifier);
          return (
            <div className="card" key={metric} data-metric={metric}>
              <dt>{label[lang]}</dt>
              <dd className="card-value" data-value={sum?.value} data-qualifier={sum?.qualifier}>
                {sum && shown ? (
                  <>
                    {qualifierMark(sum.qualifier)}
                    {shown.text}
                    <span className="card-unit">{zh ? label.unitZh : ` ${label.unitEn}`}</span>
                  </>
                ) : (
                  <span className="muted">{m.notReported[lang]}</span>
                )}
              </dd>
              <dd className="card-note">
                {sum && shown?.rounded ? `${m.exact[lang]}${formatNumber(sum.value, 'en')} · ` : ''}
                {sum ? fill(m.regions[lang], { n: regions }) : '\u00a0'}
              </dd>
              {sum &&
                sourcesButton(
                  metric,
                  fill(m.sourcesName[lang], { card: label[lang], n: sum.count }),
                  fill(m.sources[lang], { n: sum.count }),
                )}
            </div>
          );
        })}
        <div className="card" data-metric="rate">
          <dt>{m.rate[lang]}</dt>
          <dd className="card-value" data-value={headline.rate?.value} data-qualifier={headline.rate?.qualifier}>
            {headline.rate ? (
              `${qualifierMark(headline.rate.qualifier)}${formatPercent(headline.rate.value, lang)}`
            ) : (
              <span className="muted">{m.notReported[lang]}</span>
            )}
          </dd>
          <dd className="card-note">
            {headline.rate ? fill(m.rateRegions[lang], { n: headline.rate.regions }) : '\u00a0'}
          </dd>
          {headline.rate &&
            sourcesButton(
              'rate',
              fill(m.rateSourcesName[lang], { card: m.rate[lang], n: headline.rate.regions }),
              fill(m.rateSources[lang], { n: headline.rate.regions }),
            )}
        </div>
      </dl>
      <p className="card-legend">{m.legend[lang]}</p>
      <SourcesDialog
        card={openCard}
        counted={counted}
        planned={planned}
        onClose={() => {
          setOpenCard(null);
        }}
      />
    </section>
  );
}

import { useMemo } from 'react';
import { ListDialog } from '@/components/list-dialog';
import { useDataset } from '@/lib/dataset-context';
import type { Figure } from '@/lib/figures-schema';
import { formatNumber, formatPercent, qualifierMark } from '@/lib/format';
import { fill, type Lang } from '@/lib/i18n';
import { regionLabel } from '@/lib/region-label';
import { sumFigures } from '@/lib/sum-figures';
import { useViewStore } from '@/stores/view-store';
import { cardSources, rateSources, type RateRegion } from '@/features/headline/headline-sources';
import { cardLabel, resolutionRate, type HeadlineMetric } from '@/features/headline/headline-totals';
import { headlineMessages as m } from '@/features/headline/messages';
import { SourceList } from '@/components/figure-source-list';

export type SourceCard = HeadlineMetric | 'rate';

/** Lines a list renders at most: a card over 100,000 figures would otherwise mount tens of thousands of buttons. */
const LINE_LIMIT = 200;
/** Regions named as left out of the rate; the rest are counted. */
const LEFT_OUT_LIMIT = 50;

/** The first regions whose lines fit LINE_LIMIT (at least one region, however many lines it has). */
function regionsWithinLimit(regions: readonly RateRegion[]): RateRegion[] {
  let lines = 0;
  const shown: RateRegion[] = [];
  for (const r of regions) {
    lines += r.collected.length + r.resolved.length + r.unpaired.length;
    if (shown.length > 0 && lines > LINE_LIMIT) break;
    shown.push(r);
  }
  return shown;
}

interface Props {
  card: SourceCard | null;
  /** Figures under the filters that the cards count, and the plans they leave out. */
  counted: readonly Figure[];
  planned: readonly Figure[];
  onClose: () => void;
}

/**
 * The figures behind one card, in a modal dialog over the page. Each line opens the source view
 * (which stacks above this dialog, so closing it comes back here); Esc, the close button or a click
 * outside closes this one, and the native <dialog> hands focus back to the card's button.
 */
export function SourcesDialog({ card, counted, planned, onClose }: Props) {
  const lang = useViewStore((s) => s.lang);
  const title = card === null ? '' : card === 'rate' ? m.rate[lang] : cardLabel(card)[lang];
  return (
    <ListDialog
      open={card !== null}
      title={fill(m.dialogTitle[lang], { card: title })}
      closeLabel={m.close[lang]}
      onClose={onClose}
    >
      {card === 'rate' ? (
        <RateSources counted={counted} planned={planned} lang={lang} />
      ) : (
        card && <MetricSources metric={card} counted={counted} planned={planned} lang={lang} />
      )}
    </ListDialog>
  );
}

function PlannedNote({ n, lang }: { n: number; lang: Lang }) {
  return <p className="hs-note">{n > 0 ? fill(m.plannedOut[lang], { n }) : m.plannedNone[lang]}</p>;
}

function MetricSources(props: {
  metric: HeadlineMetric;
  counted: readonly Figure[];
  planned: readonly Figure[];
  lang: Lang;
}) {
  const { metric, lang } = props;
  const sources = useMemo(
    () => cardSources(props.counted, props.planned, metric),
    [props.counted, props.planned, metric],
  );
  const { sum, figures } = sources;
  const unit = cardLabel(metric)[lang === 'zh' ? 'unitZh' : 'unitEn'];
  const total = sum
    ? `${qualifierMark(sum.qualifier)}${formatNumber(sum.value, 'en')}${lang === 'zh' ? '' : ' '}${unit}`
    : '';
  const shown = figures.slice(0, LINE_LIMIT);
  return (
    <>
      <p className="hs-intro" data-value={sum?.value} data-qualifier={sum?.qualifier}>
        {fill(m.sumIntro[lang], { n: formatNumber(figures.length, 'en'), total })}
      </p>
      <PlannedNote n={sources.plannedLeftOut} lang={lang} />
      <SourceList figures={shown} first="region" lang={lang} />
      {shown.length < figures.length && (
        <p className="hs-note">
          {fill(m.truncated[lang], { shown: shown.length, n: formatNumber(figures.length, 'en') })}
        </p>
      )}
    </>
  );
}

function RateSources(props: { counted: readonly Figure[]; planned: readonly Figure[]; lang: Lang }) {
  const { lang } = props;
  const { index } = useDataset();
  const { used, leftOut, rate, plannedLeftOut } = useMemo(
    () => ({
      ...rateSources(props.counted),
      rate: resolutionRate(props.counted),
      plannedLeftOut: props.planned.filter((f) => f.metric === 'problemsCollected' || f.metric === 'problemsResolved')
        .length,
    }),
    [props.counted, props.planned],
  );
  const qualified = (figures: readonly Figure[]) => {
    const s = sumFigures(figures);
    return s ? `${qualifierMark(s.qualifier)}${formatNumber(s.value, 'en')}` : '';
  };
  const shown = regionsWithinLimit(used);
  return (
    <>
      {rate && (
        <p className="hs-intro" data-value={rate.value} data-qualifier={rate.qualifier}>
          {fill(m.rateIntro[lang], {
            n: formatNumber(used.length, 'en'),
            resolved: qualified(used.flatMap((r) => r.resolved)),
            collected: qualified(used.flatMap((r) => r.collected)),
            rate: `${qualifierMark(rate.qualifier)}${formatPercent(rate.value, lang)}`,
          })}
        </p>
      )}
      <PlannedNote n={plannedLeftOut} lang={lang} />
      {shown.map((r) => (
        <section className="hs-region" key={r.regionCode} data-region={r.regionCode}>
          <h3 className="hs-region-title">
            {regionLabel(index.regionByCode.get(r.regionCode), lang, r.regionCode)}
            <span className="hs-subtotal">
              {fill(m.regionSubtotal[lang], { collected: qualified(r.collected), resolved: qualified(r.resolved) })}
            </span>
          </h3>
          <SourceList figures={[...r.collected, ...r.resolved]} first="metric" lang={lang} />
          {r.unpaired.length > 0 && (
            <div className="hs-unpaired" data-unpaired="">
              <p className="hs-note">{m.unpairedHeading[lang]}</p>
              <SourceList figures={r.unpaired} first="metric" lang={lang} />
            </div>
          )}
        </section>
      ))}
      {shown.length < used.length && (
        <p className="hs-note">
          {fill(m.rateTruncated[lang], { shown: shown.length, n: formatNumber(used.length, 'en') })}
        </p>
      )}
      {leftOut.length > 0 && (
        <p className="hs-note hs-left-out">
          {m.leftOut[lang]}
          {leftOut
            .slice(0, LEFT_OUT_LIMIT)
            .map((r) =>
              fill(lang === 'zh' ? '{region}（{only}）' : '{region} ({only})', {
                region: regionLabel(index.regionByCode.get(r.regionCode), lang, r.regionCode),
                only: {
                  problemsCollected: m.onlyCollected,
                  problemsResolved: m.onlyResolved,
                  unpaired: m.onlyUnpaired,
                }[r.only][lang],
              }),
            )
            .join(lang === 'zh' ? '、' : '; ')}
          {leftOut.length > LEFT_OUT_LIMIT && fill(m.leftOutMore[lang], { n: leftOut.length - LEFT_OUT_LIMIT })}
        </p>
      )}
    </>
  );
}

import type { Figure } from '@/lib/figures-schema';
import { useDataset } from '@/lib/dataset-context';
import { formatNumber, formatQualified } from '@/lib/format';
import type { Bilingual, Lang } from '@/lib/i18n';
import { METRIC_LABELS } from '@/lib/metrics';
import { rowRegionLabel } from '@/lib/region-label';
import { useViewStore } from '@/stores/view-store';
import '@/components/figure-sources.css';

const m = {
  columns: { zh: '地区|活动|数值（原文写法）|报道', en: 'Region|Activity|Value (as written)|Report' },
  rateColumns: { zh: '指标|活动|数值（原文写法）|报道', en: 'Metric|Activity|Value (as written)|Report' },
  untitled: { zh: '（未注明标题）', en: '(no title)' },
} satisfies Record<string, Bilingual>;

/**
 * The value as the report wrote it, so 余/近/不少于 stay in view: in Chinese the report's own words
 * (with the number in digits where they are in words), in English the number with +/~.
 */
export function WrittenValue({ f, lang }: { f: Figure; lang: Lang }) {
  // The unit is the report's Chinese word: marked so on the English page, as the source view does, so a
  // screen reader reads it with a Chinese voice.
  if (lang === 'en') {
    return (
      <>
        {`${formatQualified(f.value, f.qualifier, 'en')} `}
        <span lang="zh-CN">{f.unit}</span>
      </>
    );
  }
  const digits = /\d/.test(f.valueText) ? '' : `（${formatNumber(f.value, 'zh')}）`;
  return <>{`${f.valueText}${f.unit}${digits}`}</>;
}

/** One button per figure; its text is the whole line, so a screen reader hears region, activity, value and report. */
export function SourceList(props: { figures: readonly Figure[]; first: 'region' | 'metric'; lang: Lang }) {
  const { figures, first, lang } = props;
  const { index } = useDataset();
  const setView = useViewStore((s) => s.set);
  const headers = (first === 'region' ? m.columns : m.rateColumns)[lang].split('|');
  return (
    <div className="hs-list">
      <div className="hs-line hs-line-head" aria-hidden="true">
        {headers.map((h) => (
          <span key={h}>{h}</span>
        ))}
      </div>
      <ol>
        {figures.map((f) => {
          const report = index.reportById.get(f.reportId);
          const reportTitle = report?.title ?? report?.publisher;
          return (
            <li key={f.id}>
              <button
                type="button"
                className="hs-line"
                data-figure-id={f.id}
                data-value={f.value}
                data-qualifier={f.qualifier}
                onClick={() => {
                  setView({ openFigureId: f.id });
                }}
              >
                {/* Spaces between the parts keep them apart in the button's accessible name; the grid ignores them. */}
                <span>
                  {first === 'region'
                    ? rowRegionLabel(index.regionByCode.get(f.regionCode), report?.reportingUnit, lang, f.regionCode)
                    : METRIC_LABELS[f.metric][lang]}
                </span>{' '}
                <span lang="zh-CN">{f.activity}</span>{' '}
                <span className="hs-value">
                  <WrittenValue f={f} lang={lang} />
                </span>{' '}
                <span className="hs-report">
                  {reportTitle ? <span lang="zh-CN">{reportTitle}</span> : m.untitled[lang]}
                  {report?.publishedAt && <span className="hs-date"> · {report.publishedAt}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

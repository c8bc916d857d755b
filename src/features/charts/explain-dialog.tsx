import { SourceList } from '@/components/figure-source-list';
import { ListDialog } from '@/components/list-dialog';
import { fill, type Lang } from '@/lib/i18n';
import type { MissingReason } from '@/lib/missing-reason';
import { missingText, type Explanation } from '@/features/charts/chart-specs';
import { chartMessages as m } from '@/features/charts/messages';
import { valueText } from '@/features/charts/options/common';

const WHY: Record<MissingReason, keyof typeof m> = {
  nothing: 'whyNothing',
  plannedOnly: 'whyPlanned',
  otherMeasure: 'whyOtherMeasure',
  outsideFilter: 'whyOutside',
};

/** Lines a list renders at most; the data table and the figures table hold the rest. */
const LINE_LIMIT = 200;

/**
 * What one bar (or one 未报告) stands for: the figures its value adds up, each opening its sentence; or why
 * the region has no value, with what it did state.
 */
export function ExplainDialog(props: { explanation: Explanation | null; lang: Lang; onClose: () => void }) {
  const { explanation, lang } = props;
  const value = explanation?.cell ? valueText(explanation.cell, lang) : missingText(explanation?.missing ?? null, lang);
  return (
    <ListDialog
      open={explanation !== null}
      title={explanation ? `${explanation.heading}：${value}` : ''}
      closeLabel={m.close[lang]}
      onClose={props.onClose}
    >
      {explanation?.cell && (
        <>
          <p className="hs-intro" data-value={explanation.cell.value}>
            {fill(m.sums[lang], { n: explanation.cell.figures.length })}
          </p>
          <SourceList figures={explanation.cell.figures.slice(0, LINE_LIMIT)} first="region" lang={lang} />
        </>
      )}
      {explanation?.missing && (
        <>
          <p className="hs-intro" data-reason={explanation.missing.reason}>
            {m[WHY[explanation.missing.reason]][lang]}
          </p>
          {explanation.missing.stated.length > 0 && (
            <>
              <p className="hs-note">{m.stated[lang]}</p>
              <SourceList figures={explanation.missing.stated.slice(0, LINE_LIMIT)} first="region" lang={lang} />
            </>
          )}
        </>
      )}
    </ListDialog>
  );
}

import { useId } from 'react';
import { SourceList } from '@/components/figure-source-list';
import { useModalDialog } from '@/components/use-modal-dialog';
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
 * What one bar (or one 未报告) stands for, in a modal dialog over the chart: the figures its value adds up, each
 * opening its sentence; or why the region has no value, with what it did state.
 */
export function ExplainDialog(props: { explanation: Explanation | null; lang: Lang; onClose: () => void }) {
  const { explanation, lang } = props;
  const ref = useModalDialog(explanation !== null);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="modal-dialog hs"
      aria-labelledby={titleId}
      onClose={props.onClose}
      onClick={(e) => {
        if (e.target === e.currentTarget) ref.current?.close();
      }}
    >
      {explanation && (
        <div className="hs-frame">
          <header className="modal-dialog-header">
            <h2 id={titleId} className="modal-dialog-title">
              {explanation.heading}
              {explanation.cell
                ? `：${valueText(explanation.cell, lang)}`
                : `：${missingText(explanation.missing, lang)}`}
            </h2>
            <button type="button" className="hs-close" onClick={() => ref.current?.close()}>
              {m.close[lang]}
            </button>
          </header>
          <div className="hs-body">
            {explanation.cell ? (
              <>
                <p className="hs-intro" data-value={explanation.cell.value}>
                  {fill(m.sums[lang], { n: explanation.cell.figures.length })}
                </p>
                <SourceList figures={explanation.cell.figures.slice(0, LINE_LIMIT)} first="region" lang={lang} />
              </>
            ) : (
              explanation.missing && (
                <>
                  <p className="hs-intro" data-reason={explanation.missing.reason}>
                    {m[WHY[explanation.missing.reason]][lang]}
                  </p>
                  {explanation.missing.stated.length > 0 && (
                    <>
                      <p className="hs-note">{m.stated[lang]}</p>
                      <SourceList
                        figures={explanation.missing.stated.slice(0, LINE_LIMIT)}
                        first="region"
                        lang={lang}
                      />
                    </>
                  )}
                </>
              )
            )}
          </div>
        </div>
      )}
    </dialog>
  );
}

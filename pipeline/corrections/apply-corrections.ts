import type { ExtractedFigure } from '../extract/extract-figures';
import type { Correction } from './corrections-schema';

export interface DraftFigure extends ExtractedFigure {
  file: string;
  corrected?: boolean;
}

export interface AppliedCorrection {
  file: string;
  action: Correction['action'];
  reason: string;
  /** The figure changed, added or dropped (null for a region correction). */
  figure: DraftFigure | null;
}

function describe(c: Correction, index: number): string {
  const what = c.action === 'region' ? c.code : `"${c.quote}" ${c.value}`;
  return `corrections[${index}] (${c.action} ${c.file} ${what})`;
}

/**
 * Applies reviewed corrections to the extracted figures, in the order listed. An entry that matches no
 * figure, more than one, or names a file that is not in the input is a problem: a stale correction must
 * be fixed or removed, never silently ignored.
 */
export function applyCorrections(
  extracted: readonly DraftFigure[],
  corrections: readonly Correction[],
  texts: ReadonlyMap<string, string>,
): { figures: DraftFigure[]; applied: AppliedCorrection[]; problems: string[] } {
  let figures = [...extracted];
  const applied: AppliedCorrection[] = [];
  const problems: string[] = [];

  corrections.forEach((c, index) => {
    const label = describe(c, index);
    const text = texts.get(c.file);
    if (text === undefined) {
      problems.push(`${label}: ${c.file} is not in the input`);
      return;
    }
    if (c.action === 'region') {
      applied.push({ file: c.file, action: c.action, reason: c.reason, figure: null });
      return;
    }
    if (c.action === 'add') {
      const start = text.indexOf(c.quote);
      if (start < 0) {
        problems.push(`${label}: quote not found in the report text`);
        return;
      }
      const end = start + c.quote.length;
      const duplicate = figures.some(
        (f) => f.file === c.file && f.value === c.value && f.metric === c.metric && f.start < end && start < f.end,
      );
      if (duplicate) {
        problems.push(`${label}: the rules already extract this figure; remove the entry`);
        return;
      }
      const figure: DraftFigure = {
        file: c.file,
        metric: c.metric,
        value: c.value,
        qualifier: c.qualifier,
        unit: c.unit,
        activity: c.activity,
        category: c.category,
        status: c.status,
        valueText: c.valueText ?? String(c.value),
        quote: c.quote,
        start,
        end,
        corrected: true,
      };
      figures.push(figure);
      applied.push({ file: c.file, action: c.action, reason: c.reason, figure });
      return;
    }
    const matches = figures.filter(
      (f) =>
        f.file === c.file && f.value === c.value && f.quote.includes(c.quote) && (!c.metric || f.metric === c.metric),
    );
    if (matches.length !== 1) {
      problems.push(
        matches.length === 0
          ? `${label}: matches no extracted figure`
          : `${label}: matches ${matches.length} figures; add "metric" or quote more of the clause`,
      );
      return;
    }
    const target = matches[0]!;
    if (c.action === 'drop') {
      figures = figures.filter((f) => f !== target);
      applied.push({ file: c.file, action: c.action, reason: c.reason, figure: target });
    } else {
      const changed: DraftFigure = { ...target, ...c.set, corrected: true };
      figures = figures.map((f) => (f === target ? changed : f));
      applied.push({ file: c.file, action: c.action, reason: c.reason, figure: changed });
    }
  });
  return { figures, applied, problems };
}

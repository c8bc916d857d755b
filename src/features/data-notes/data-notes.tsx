import { useMemo } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { COLON, fill } from '@/lib/i18n';
import { METRICS, METRIC_LABELS } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import { useViewStore } from '@/stores/view-store';
import { summarizeDataset } from '@/features/data-notes/dataset-summary';
import { correctionActions, notesMessages as m } from '@/features/data-notes/messages';

/** 数据说明: what the data covers and how its numbers are added up. */
export function DataNotes() {
  const { data, index } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const s = useMemo(() => summarizeDataset(data, [...index.regionByCode.values()]), [data, index]);
  const sep = lang === 'zh' ? '、' : ', ';
  const levels = [
    [m.levelCity, s.reportingRegions.city],
    [m.levelDistrict, s.reportingRegions.district],
    [m.levelProvince, s.reportingRegions.province],
  ] as const;
  const regionCount = levels.reduce((n, [, list]) => n + list.length, 0);
  return (
    <section className="data-notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="section-title">
        {m.heading[lang]}
      </h2>
      <p>
        {fill(m.coverage[lang], { reports: s.reports, figures: s.figures, regions: regionCount })}{' '}
        {s.firstDate
          ? fill(m.dates[lang], {
              from: s.firstDate,
              to: s.lastDate ?? s.firstDate,
              dated: s.datedReports,
              undated: s.reports - s.datedReports,
            })
          : m.noDates[lang]}{' '}
        {data.asOf ? fill(m.asOf[lang], { date: data.asOf }) : null}
      </p>
      <div className="notes-grid">
        <div>
          <h3>{m.levelsHeading[lang]}</h3>
          <p>{m.levels[lang]}</p>
          <ul className="plain-list">
            {levels
              .filter(([, list]) => list.length > 0)
              .map(([label, list]) => (
                <li key={label.en}>
                  <strong>{lang === 'zh' ? `${label.zh}（${list.length}）` : `${label.en} (${list.length})`}</strong>
                  {COLON[lang]}
                  {list
                    .slice(0, 30)
                    .map((r) => regionLabel(r, lang))
                    .join(sep)}
                  {list.length > 30 ? (lang === 'zh' ? '等' : ' …') : ''}
                </li>
              ))}
          </ul>
          <p data-note="coverage">
            {s.unitOnlyRegions.length > 0
              ? fill(m.unitOnly[lang], { list: s.unitOnlyRegions.map((r) => regionLabel(r, lang)).join(sep) })
              : m.wholeOnly[lang]}
          </p>
          <p data-note="measures">{m.measures[lang]}</p>
          <p data-note="other">{m.otherKinds[lang]}</p>
        </div>
        <div>
          <h3>{m.byMetricHeading[lang]}</h3>
          <table className="data-table compact">
            <tbody>
              {METRICS.map((k) => (
                <tr key={k}>
                  <th scope="row">{METRIC_LABELS[k][lang]}</th>
                  <td className="num">{s.byMetric[k].toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{m.sumsHeading[lang]}</h3>
          <p>{fill(m.sums[lang], { atLeast: s.atLeast, approx: s.approx, planned: s.planned })}</p>
          <p>{m.doubleCount[lang]}</p>
          <p>{m.rate[lang]}</p>
        </div>
      </div>
      {s.unplaced.length > 0 ? (
        <>
          <h3>{m.unplacedHeading[lang]}</h3>
          <p>{fill(m.unplaced[lang], { count: s.unplaced.length })}</p>
          <ul className="plain-list unplaced-reports">
            {s.unplaced.map((r) => (
              <li key={r.id}>
                <code>{r.file}</code>
                {r.title ? `${COLON[lang]}${r.title}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{m.correctionsHeading[lang]}</h3>
      {data.corrections.length === 0 ? (
        <p className="muted">{m.noCorrections[lang]}</p>
      ) : (
        <ul className="plain-list corrections">
          {data.corrections.map((c, i) => (
            <li key={`${c.file}-${c.figureId ?? ''}-${i}`}>
              <strong>{correctionActions[c.action][lang]}</strong> · <code>{c.file}</code>
              {COLON[lang]}
              {c.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

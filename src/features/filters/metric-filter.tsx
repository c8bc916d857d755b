import { useId } from 'react';
import { CHART_METRICS, isChartMetric, METRIC_LABELS } from '@/lib/metrics';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';

export function MetricFilter() {
  const lang = useViewStore((s) => s.lang);
  const metric = useViewStore((s) => s.metric);
  const setView = useViewStore((s) => s.set);
  const id = useId();
  return (
    <div className="filter filter-metric">
      <label className="filter-label" htmlFor={id}>
        {m.metric[lang]}
      </label>
      <select
        id={id}
        value={metric}
        onChange={(e) => {
          if (isChartMetric(e.target.value)) setView({ metric: e.target.value });
        }}
      >
        {CHART_METRICS.map((k) => (
          <option key={k} value={k}>
            {METRIC_LABELS[k][lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

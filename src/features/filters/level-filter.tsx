import { useId } from 'react';
import { isLevelChoice, LEVEL_CHOICES, LEVEL_LABELS } from '@/lib/levels';
import { useViewStore } from '@/stores/view-store';
import { useChartView } from '@/stores/use-figure-filters';
import { filterMessages as m } from '@/features/filters/messages';

/** Which level the comparison ranks (层级 / Level); with none chosen it shows the data's default, as applied. */
export function LevelFilter() {
  const lang = useViewStore((s) => s.lang);
  const setLevel = useViewStore((s) => s.setLevel);
  const { level } = useChartView();
  const id = useId();
  return (
    <div className="filter filter-level">
      <label className="filter-label" htmlFor={id}>
        {m.level[lang]}
      </label>
      <select
        id={id}
        value={level}
        onChange={(e) => {
          if (isLevelChoice(e.target.value)) setLevel(e.target.value);
        }}
      >
        {LEVEL_CHOICES.map((k) => (
          <option key={k} value={k}>
            {LEVEL_LABELS[k][lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

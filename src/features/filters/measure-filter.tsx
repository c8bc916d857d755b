import { useId } from 'react';
import { isParticipantMeasure, MEASURE_LABELS, PARTICIPANT_MEASURES } from '@/lib/metrics';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';

/** Person-times or people (计量 / Measure): only participants have two measures, so only they show the choice. */
export function MeasureFilter() {
  const lang = useViewStore((s) => s.lang);
  const metric = useViewStore((s) => s.metric);
  const measure = useViewStore((s) => s.measure);
  const setMeasure = useViewStore((s) => s.setMeasure);
  const id = useId();
  const noteId = useId();
  if (metric !== 'participants') return null;
  return (
    <div className="filter filter-measure">
      <label className="filter-label" htmlFor={id}>
        {m.measure[lang]}
      </label>
      <select
        id={id}
        value={measure}
        aria-describedby={noteId}
        onChange={(e) => {
          if (isParticipantMeasure(e.target.value)) setMeasure(e.target.value);
        }}
      >
        {PARTICIPANT_MEASURES.map((k) => (
          <option key={k} value={k}>
            {MEASURE_LABELS[k][lang]}
          </option>
        ))}
      </select>
      <p id={noteId} className="muted small">
        {m.measureNote[lang]}
      </p>
    </div>
  );
}

import { useMemo } from 'react';
import { ACTIVITY_CATEGORIES, ACTIVITY_CATEGORY_LABELS, type ActivityCategory } from '@/lib/activity-categories';
import { useDataset } from '@/lib/dataset-context';
import { fill } from '@/lib/i18n';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';

export function CategoryFilter() {
  const { data } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const categories = useViewStore((s) => s.categories);
  const setView = useViewStore((s) => s.set);
  // Scanning every figure once per dataset, not on every tick.
  const inData = useMemo(() => new Set(data.figures.map((f) => f.category)), [data]);
  const present = ACTIVITY_CATEGORIES.filter((c) => inData.has(c) || categories.includes(c));
  const toggle = (c: ActivityCategory) => {
    const next = categories.includes(c) ? categories.filter((x) => x !== c) : [...categories, c];
    // Stored in the shared order so the address does not depend on click order.
    setView({ categories: ACTIVITY_CATEGORIES.filter((x) => next.includes(x)) });
  };
  return (
    <fieldset className="filter filter-category">
      <legend className="filter-label">{m.category[lang]}</legend>
      <div className="filter-actions">
        <button
          type="button"
          disabled={categories.length === 0}
          onClick={() => {
            setView({ categories: [] });
          }}
        >
          {m.clear[lang]}
        </button>
        <span className="filter-summary">
          {categories.length ? fill(m.selectedCount[lang], { n: categories.length }) : m.allCategories[lang]}
        </span>
      </div>
      <ul className="category-list">
        {present.map((c) => (
          <li key={c}>
            <label className="check">
              <input
                type="checkbox"
                checked={categories.includes(c)}
                onChange={() => {
                  toggle(c);
                }}
              />
              <span>{ACTIVITY_CATEGORY_LABELS[c][lang]}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

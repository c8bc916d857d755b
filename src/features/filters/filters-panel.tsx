import { useViewStore } from '@/stores/view-store';
import { CategoryFilter } from '@/features/filters/category-filter';
import { DateFilter } from '@/features/filters/date-filter';
import { LevelFilter } from '@/features/filters/level-filter';
import { MeasureFilter } from '@/features/filters/measure-filter';
import { filterMessages as m } from '@/features/filters/messages';
import { MetricFilter } from '@/features/filters/metric-filter';
import { RegionFilter } from '@/features/filters/region-filter';

export function FiltersPanel() {
  const lang = useViewStore((s) => s.lang);
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="section-title">
        {m.heading[lang]}
      </h2>
      <MetricFilter />
      <MeasureFilter />
      <LevelFilter />
      <RegionFilter />
      <CategoryFilter />
      <DateFilter />
    </section>
  );
}

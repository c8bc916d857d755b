import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { TableExportButtons } from '@/components/table-export-buttons';
import { useDataset } from '@/lib/dataset-context';
import {
  FIGURE_COLUMNS,
  TABLE_TITLE,
  buildTableExportSpec,
  filterFigureRows,
  prepareFigureRows,
  rowCountText,
  searchFigureRows,
  sortFigureRows,
  type FigureColumn,
  type FigureRow,
} from '@/lib/figure-rows';
import { COLON, type Lang } from '@/lib/i18n';
import { useViewStore, type ViewState } from '@/stores/view-store';
import { useChartView } from '@/stores/use-figure-filters';
import { tableMessages as m } from '@/features/figures-table/messages';
import '@/features/figures-table/figures-table.css';

/** Fixed row height: virtualising 100,000 rows needs sizes known without measuring each row. */
const ROW_HEIGHT = 52;
/** Header row (40px, figures-table.css) plus the grid's borders. */
const HEAD_HEIGHT = 42;

function toSorting(sort: ViewState['tableSort']): SortingState {
  return sort ? [{ id: sort.key, desc: sort.direction === 'desc' }] : [];
}

function fromSorting(sorting: SortingState): ViewState['tableSort'] {
  const first = sorting[0];
  const column = first && FIGURE_COLUMNS.find((c) => c.id === first.id);
  return column ? { key: column.id, direction: first.desc ? 'desc' : 'asc' } : null;
}

function Cell({ column, row, lang }: { column: FigureColumn; row: FigureRow; lang: Lang }) {
  const text = column.text(row, lang);
  if (column.id === 'value') {
    return <span title={`${m.asWritten[lang]}${COLON[lang]}${row.figure.valueText}`}>{text}</span>;
  }
  if (column.id === 'date' && !row.date) return <span className="muted">{text}</span>;
  // Clamped on screen (two lines, one on tablets); the title shows the rest on hover, and assistive technology reads it all.
  return <span title={column.id === 'date' ? undefined : text}>{text}</span>;
}

/**
 * Every figure under the filters, searchable and sortable, as an ARIA grid named 数据明细 / Figures.
 * Rows come from src/lib/figure-rows.ts (the same model the CSV/Excel export uses); TanStack Table
 * holds the columns and sort state, TanStack Virtual renders only the rows in view.
 */
export function FiguresTable() {
  const { data, index } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const filters = useChartView();
  const search = useViewStore((s) => s.tableSearch);
  const sort = useViewStore((s) => s.tableSort);
  const openFigureId = useViewStore((s) => s.openFigureId);
  const setView = useViewStore((s) => s.set);
  // Typing stays immediate; the 100,000-row search runs in a render React may interrupt.
  const shownSearch = useDeferredValue(search);

  const all = useMemo(() => prepareFigureRows(data, index), [data, index]);
  const filtered = useMemo(() => filterFigureRows(all, index, filters), [all, index, filters]);
  const sorted = useMemo(() => sortFigureRows(all, filtered, sort, lang), [all, filtered, sort, lang]);
  const rows = useMemo(() => searchFigureRows(all, sorted, shownSearch), [all, sorted, shownSearch]);
  const exportSpec = useMemo(
    () => buildTableExportSpec(rows, index, { filters, search: shownSearch, lang }),
    [rows, index, filters, shownSearch, lang],
  );

  const columns = useMemo<ColumnDef<FigureRow>[]>(
    () =>
      FIGURE_COLUMNS.map((c) => ({
        id: c.id,
        header: c.header[lang],
        accessorFn: (row) => c.text(row, lang),
        sortDescFirst: c.descFirst,
        cell: (ctx) => <Cell column={c} row={ctx.row.original} lang={lang} />,
      })),
    [lang],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const activeIndex = Math.max(0, Math.min(active, rows.length - 1));
  const [focusRequest, setFocusRequest] = useState(0);
  // No React Compiler runs on this app, so these hooks' unmemoisable functions are harmless here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // The row holding the grid's tab stop stays mounted even when scrolled away, so Tab can always reach it.
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
  });

  const sorting = toSorting(sort);
  // Only the rows in view go through TanStack's row model: building its row objects for 100,000
  // figures took over a second and half a gigabyte of memory, for rows the page never shows.
  const items = virtualizer.getVirtualItems();
  const windowKey = items.map((item) => item.index).join(',');
  const windowRows = useMemo(
    () =>
      windowKey
        ? windowKey
            .split(',')
            .map((i) => rows[Number(i)])
            .filter((r): r is FigureRow => r !== undefined)
        : [],
    [rows, windowKey],
  );
  const table = useReactTable({
    data: windowRows,
    columns,
    state: { sorting },
    // Sorting itself happens in figure-rows so the export sees the same order.
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      setView({ tableSort: fromSorting(typeof updater === 'function' ? updater(sorting) : updater) });
    },
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.figure.id,
  });
  const tableRows = table.getRowModel().rows;

  useEffect(() => {
    if (focusRequest === 0) return;
    bodyRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus({ preventScroll: true });
  }, [focusRequest, activeIndex]);

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(i, rows.length - 1));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusRequest((n) => n + 1);
  };
  const open = (row: FigureRow | undefined) => {
    if (row) setView({ openFigureId: row.figure.id });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 2);
    const moves: Record<string, number | undefined> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(rows[activeIndex]);
    }
  };

  const headingId = useId();
  const searchId = useId();
  const hintId = useId();

  return (
    <section className="ft" aria-labelledby={headingId}>
      <div className="ft-toolbar">
        <h2 id={headingId} className="section-title ft-title">
          {TABLE_TITLE[lang]}
        </h2>
        <label className="ft-search" htmlFor={searchId}>
          <span>{m.search[lang]}</span>
          <input
            id={searchId}
            type="search"
            className="search-input"
            placeholder={m.searchPlaceholder[lang]}
            value={search}
            onChange={(e) => {
              setView({ tableSearch: e.target.value });
            }}
          />
        </label>
        <p className="ft-count" aria-live="polite" data-count={rows.length}>
          {rowCountText(rows.length, lang)}
        </p>
        <TableExportButtons spec={exportSpec} />
      </div>
      <p id={hintId} className="ft-hint muted">
        {m.openHint[lang]}
      </p>
      <p className="ft-print-note">{m.printNote[lang]}</p>
      <div
        ref={scrollRef}
        className="ft-scroll"
        role="grid"
        aria-labelledby={headingId}
        aria-describedby={hintId}
        aria-rowcount={rows.length + 1}
        aria-colcount={FIGURE_COLUMNS.length}
        aria-busy={shownSearch !== search || undefined}
        style={{ height: HEAD_HEIGHT + virtualizer.getTotalSize() }}
      >
        <div role="rowgroup" className="ft-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} className="ft-row" key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const align = FIGURE_COLUMNS.find((c) => c.id === header.column.id)?.align ?? 'start';
                return (
                  <div
                    role="columnheader"
                    key={header.id}
                    className={`ft-cell ft-${align} ft-col-${header.column.id}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button
                      type="button"
                      className="ft-sort"
                      title={m.sortBy[lang]}
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true" className="ft-sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div
          role="rowgroup"
          ref={bodyRef}
          className="ft-body"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {items.map((item, i) => {
            const row = tableRows[i];
            if (!row) return null;
            const isOpen = row.original.figure.id === openFigureId;
            return (
              <div
                role="row"
                key={row.id}
                data-index={item.index}
                data-figure-id={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={isOpen}
                tabIndex={item.index === activeIndex ? 0 : -1}
                className={isOpen ? 'ft-row is-open' : 'ft-row'}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onFocus={() => {
                  if (item.index !== activeIndex) setActive(item.index);
                }}
                onClick={() => {
                  setActive(item.index);
                  open(row.original);
                }}
              >
                {row.getVisibleCells().map((cell) => {
                  const align = FIGURE_COLUMNS.find((c) => c.id === cell.column.id)?.align ?? 'start';
                  return (
                    <div role="gridcell" key={cell.id} className={`ft-cell ft-${align} ft-col-${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      {rows.length === 0 && <p className="ft-empty">{m.noRows[lang]}</p>}
    </section>
  );
}

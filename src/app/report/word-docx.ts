import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { PAGE_LAYOUT } from '@/lib/export/chart-image';
import { renderChartPng } from '@/lib/export/chart-render';
import { fill } from '@/lib/i18n';
import { reportMessages as m } from '@/app/report/report-messages';
import { buildReportContent, sumText, type ReportContent, type ReportView } from '@/app/report/report-content';
import type { LoadedDataset } from '@/lib/dataset-context';
import { exportFileName } from '@/lib/export/file-names';
import type { Lang } from '@/lib/i18n';

/**
 * The Word report (.docx), loaded on its first use with the docx library. Fonts are the ones Word and WPS
 * both have on Chinese Windows (宋体 body, 黑体 headings, as 汇报材料 use); a machine without them substitutes its
 * own Song/Hei, so nothing depends on a font the reader may lack. Sizes are the 号 sizes of office documents.
 */

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' };
/** Half-points: 小四 12pt body, 五号 10.5pt tables and notes, 三号 16pt headings, 二号 22pt title. */
const SIZE = { body: 24, small: 21, heading: 32, title: 44 };
/** A4 and 2.54 cm margins in twentieths of a point: a 16 cm text width, what the chart images are made for. */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Typed as run options: TextRun also takes a plain string, whose deprecated String.prototype.bold lint would see. */
const run = (options: IRunOptions): IRunOptions => options;

function para(text: string, options: { size?: number; bold?: boolean; italics?: boolean; color?: string } = {}) {
  return new Paragraph({
    spacing: { after: 80, line: 360, lineRule: LineRuleType.AUTO },
    children: [new TextRun(run({ text, size: options.size ?? SIZE.body, ...options }))],
  });
}

function heading(text: string) {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, font: HEADING_FONT, size: SIZE.heading, color: '000000' })],
  });
}

/** A table's caption stays with its table (keepNext); a figure's follows its picture and binds nothing. */
function caption(text: string, keepNext = false) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 60, after: 60 },
    keepNext,
    children: [new TextRun(run({ text, font: HEADING_FONT, size: SIZE.small, bold: true }))],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(
  text: string,
  width: number,
  options: { bold?: boolean; align?: 'left' | 'right' | 'center'; size?: number } = {},
) {
  const runOptions = run({ text, size: options.size ?? SIZE.small, bold: options.bold });
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment:
          options.align === 'right'
            ? AlignmentType.RIGHT
            : options.align === 'center'
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        children: [new TextRun(runOptions)],
      }),
    ],
  });
}

function headlineTable(content: ReportContent): Table {
  const widths = [2400, 2600, TEXT_WIDTH - 5000];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: content.headline.map(
      (h) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(h.label, widths[0] ?? 0, { bold: true }),
            cell(h.value, widths[1] ?? 0, { bold: true, align: 'right' }),
            cell(h.note, widths[2] ?? 0),
          ],
        }),
    ),
  });
}

function summaryTable(content: ReportContent): Table {
  const { summary, lang } = content;
  const regionWidth = 1900;
  // 小五 (9pt): seven number columns across 16 cm, each wide enough for ≈627.409万 on one line.
  const size = 18;
  const valueWidth = Math.floor((TEXT_WIDTH - regionWidth) / Math.max(1, summary.columns.length));
  const widths = [regionWidth, ...summary.columns.map(() => valueWidth)];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(m.region[lang], regionWidth, { bold: true, size }),
      ...summary.columns.map((c) =>
        cell(lang === 'zh' ? `${c.header}（${c.unit}）` : `${c.header} (${c.unit})`, valueWidth, {
          bold: true,
          align: 'center',
          size,
        }),
      ),
    ],
  });
  const row = (label: string, cells: ReportContent['summary']['total'], bold = false) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell(label, regionWidth, { bold, size }),
        ...cells.map((sum) => cell(sumText(sum, lang), valueWidth, { align: 'right', bold, size })),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...summary.rows.map((r) => row(r.label, r.cells)), row(m.total[lang], summary.total, true)],
  });
}

async function chartImage(content: ReportContent, index: number): Promise<Paragraph[]> {
  const spec = content.charts[index];
  if (!spec) return [];
  const { lang } = content;
  const number = fill(m.figure[lang], { n: index + 1 });
  const captionText = `${number} ${spec.title}`;
  const out: Paragraph[] = [];
  if (spec.emptyText === null) {
    const ratio = PAGE_LAYOUT.dpi / PAGE_LAYOUT.pxPerInch;
    const png = new Uint8Array(
      // The note goes under the caption as the report's own text, not twice (in the picture as well).
      await (
        await renderChartPng({ ...spec, note: null }, { footer: content.source, lang, layout: PAGE_LAYOUT }, ratio)
      ).arrayBuffer(),
    );
    const height = Math.round(
      (PAGE_LAYOUT.width * new DataView(png.buffer).getUint32(20)) / new DataView(png.buffer).getUint32(16),
    );
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        // Single "auto" spacing: a fixed line height would clip the picture to one line (LibreOffice does).
        spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            // Pixels at 96 to the inch: the layout's width is the page's 16 cm text width.
            transformation: { width: PAGE_LAYOUT.width, height },
            altText: { name: captionText, description: `${spec.title}. ${spec.subtitle}`, title: spec.title },
          }),
        ],
      }),
    );
  } else {
    out.push(para(fill(m.empty[lang], { text: spec.emptyText }), { color: '555555' }));
  }
  out.push(caption(captionText));
  const note = spec.note?.trim();
  if (note) out.push(para(`${m.chartNote[lang]}${note}`, { size: SIZE.small, color: '404040' }));
  return out;
}

export async function buildWordReport(content: ReportContent): Promise<Blob> {
  const { lang } = content;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun(run({ text: content.title, font: HEADING_FONT, size: SIZE.title, bold: true }))],
    }),
    para(`${m.filters[lang]}${lang === 'zh' ? '：' : ': '}${content.filters}`),
    para(`${m.generated[lang]}${lang === 'zh' ? '：' : ': '}${content.generated}`),
    para(content.source, { color: '404040' }),
    heading(m.headline[lang]),
    headlineTable(content),
    para(m.qualifiers[lang], { size: SIZE.small, color: '404040' }),
    heading(m.charts[lang]),
  ];
  // One chart at a time: each render holds a full-size canvas.
  for (let i = 0; i < content.charts.length; i++) children.push(...(await chartImage(content, i)));
  children.push(
    heading(m.table[lang]),
    caption(m.tableCaption[lang], true),
    summaryTable(content),
    para(m.measures[lang], { size: SIZE.small, color: '404040' }),
    heading(m.notes[lang]),
    ...content.notes.map((n, i) => para(`${i + 1}. ${n}`)),
    heading(m.sources[lang]),
    ...content.sources.map((s, i) => {
      const title = s.title === null ? m.noTitle[lang] : lang === 'zh' ? `《${s.title}》` : `"${s.title}"`;
      const parts = [s.region, title, s.reportingUnit, s.publisher, s.date ?? m.noDate[lang], s.url];
      const text = lang === 'zh' ? parts.filter(Boolean).join('，') : parts.filter(Boolean).join(', ');
      return para(`[${i + 1}] ${text}`, { size: SIZE.small });
    }),
  );

  const [before, after] = m.page[lang].split('{page}');
  const [middle, end] = (after ?? '').split('{pages}');
  const doc = new Document({
    creator: 'dangshi-dashboard',
    title: content.title,
    description: content.filters,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: SIZE.body } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
            pageNumbers: { start: 1 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: SIZE.small,
                    children: [before ?? '', PageNumber.CURRENT, middle ?? '', PageNumber.TOTAL_PAGES, end ?? ''],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBlob(doc);
}

/** The report of the current view and its file name (党史学习教育_拉萨市_开展场次_2021-10-22.docx). */
export async function exportWordReport(
  dataset: LoadedDataset,
  view: ReportView,
  lang: Lang,
): Promise<{ blob: Blob; name: string }> {
  const content = buildReportContent(dataset, view, lang);
  return { blob: await buildWordReport(content), name: exportFileName(content.fileStem, content.date, 'docx') };
}

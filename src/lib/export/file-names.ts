export type ExportExtension = 'png' | 'svg' | 'csv' | 'xlsx';

/**
 * The date a file carries is the dataset's "as of" date, not the day of export: the same view of the
 * same data always gets the same name, and the name tells a reader how current the numbers are.
 * Only a dataset without any dated report falls back to today's date.
 */
export function exportDate(asOf: string | null, today: Date = new Date()): string {
  if (asOf) return asOf;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

// Characters Windows, macOS or a mail client refuse or mangle in a file name.
const UNSAFE = /(?:[<>:"/\\|?*]|\p{Cc})+/gu;

/** A title made fit for a file name: "Sessions held by region" → "Sessions-held-by-region". */
export function fileStemOf(title: string): string {
  return (
    title
      .replace(UNSAFE, '-')
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 120) || 'export'
  );
}

/** `各地区开展场次排名_2021-10-22.png`: what the file holds, in the UI language, with the data date. */
export function exportFileName(stem: string, date: string, ext: ExportExtension): string {
  return `${fileStemOf(stem)}_${date}.${ext}`;
}

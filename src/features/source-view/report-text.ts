import { useEffect, useState } from 'react';
import { inlineText } from '@/app/inline-dataset';

/** Texts by URL for the page's life: reopening a report costs no second request. */
const cache = new Map<string, Promise<string>>();

class ReportTextError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

function loadReportText(url: string): Promise<string> {
  let pending = cache.get(url);
  if (!pending) {
    // The portable build carries the texts in the page (app/inline-dataset.ts).
    const inline = inlineText(url);
    pending = inline !== undefined ? Promise.resolve(inline) : fetchReportText(url);
    cache.set(url, pending);
    // A failure is not cached, so "retry" asks the server again.
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

function fetchReportText(url: string): Promise<string> {
  return fetch(url).then(async (response) => {
    if (!response.ok) throw new ReportTextError(url, `HTTP ${response.status}`);
    // A static server answering a missing file with its index page must not pass for the report.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      throw new ReportTextError(url, 'not a text file');
    }
    return response.text();
  });
}

export type ReportTextState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; text: string }
  | { status: 'error'; url: string; reason: string };

/** The report's text, fetched when first asked for (not with the page) and cached; `retry` asks again after an error. */
export function useReportText(url: string | null): { state: ReportTextState; retry: () => void } {
  const [result, setResult] = useState<{ url: string; attempt: number; text?: string; reason?: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url) return;
    let live = true;
    loadReportText(url).then(
      (text) => {
        if (live) setResult({ url, attempt, text });
      },
      (e: unknown) => {
        const reason = e instanceof ReportTextError ? e.reason : e instanceof Error ? e.message : String(e);
        if (live) setResult({ url, attempt, reason });
      },
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);
  const retry = () => {
    setAttempt((n) => n + 1);
  };
  if (!url) return { state: { status: 'idle' }, retry };
  if (result?.url !== url || result.attempt !== attempt) return { state: { status: 'loading' }, retry };
  if (result.text !== undefined) return { state: { status: 'ready', text: result.text }, retry };
  return { state: { status: 'error', url, reason: result.reason ?? '' }, retry };
}

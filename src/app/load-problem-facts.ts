import { fill, type Lang } from '@/lib/i18n';
import type { LoadProblem } from '@/app/load-dataset';
import { loadErrorMessages as m } from '@/app/load-error-messages';

/** One line of the technical details: a label and its value, in the page's language. */
export interface LoadProblemFact {
  label: string;
  value: string;
}

/** The technical reason in one sentence, naming the file as the project knows it. */
export function loadProblemReason(problem: LoadProblem, lang: Lang): string {
  switch (problem.kind) {
    case 'network':
      return fill(m.network[lang], { file: problem.file, detail: problem.detail });
    case 'http':
      return fill(m.http[lang], { file: problem.file, status: problem.status });
    case 'json':
      return fill(m.json[lang], { file: problem.file, detail: problem.detail });
    case 'schema':
      return fill(m.schema[lang], { file: problem.file, total: problem.total });
  }
}

/**
 * Why there may be no HTTP status: a request that got no answer differs from a page that carries its
 * data (portable build), and an administrator looks in different places for each.
 */
function statusText(problem: LoadProblem, lang: Lang): string {
  if (problem.kind === 'network') return m.noAnswer[lang];
  return problem.status === undefined ? m.embedded[lang] : String(problem.status);
}

/** What an administrator needs first: where the page looked, what the server said, and why it failed. */
export function loadProblemFacts(problem: LoadProblem, lang: Lang): LoadProblemFact[] {
  return [
    { label: m.fileUrl[lang], value: problem.url },
    { label: m.httpStatus[lang], value: statusText(problem, lang) },
    { label: m.reason[lang], value: loadProblemReason(problem, lang) },
  ];
}

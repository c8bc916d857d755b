import { COLON, fill, type Lang } from '@/lib/i18n';
import type { LoadProblem } from '@/app/load-dataset';
import type { SchemaIssue } from '@/app/schema-issues';
import { appMessages as m } from '@/app/messages';

export function LoadingStatus({ lang }: { lang: Lang }) {
  return (
    <p role="status" className="load-status">
      <span className="spinner" aria-hidden="true" />
      {m.loading[lang]}
    </p>
  );
}

/** Names the file and, for invalid content, the fields that are wrong. */
export function LoadError({ problem, lang }: { problem: LoadProblem; lang: Lang }) {
  let message: string;
  let issues: SchemaIssue[] = [];
  switch (problem.kind) {
    case 'network':
      message = fill(m.network[lang], { file: problem.file, detail: problem.detail });
      break;
    case 'http':
      message = fill(m.http[lang], { file: problem.file, status: problem.status });
      break;
    case 'json':
      message = fill(m.json[lang], { file: problem.file, detail: problem.detail });
      break;
    case 'schema':
      message = fill(m.schema[lang], { file: problem.file, total: problem.total });
      issues = problem.issues;
      break;
  }
  return (
    <div role="alert" className="load-error">
      <h2>{m.loadFailed[lang]}</h2>
      <p>{message}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.path || m.wholeFile[lang]}</code>
              {COLON[lang]}
              {issue.message[lang]}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{m.fix[lang]}</p>
    </div>
  );
}

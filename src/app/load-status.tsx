import { useEffect, useRef } from 'react';
import { COLON, type Lang } from '@/lib/i18n';
import type { LoadProblem } from '@/app/load-dataset';
import { loadErrorMessages as e } from '@/app/load-error-messages';
import { loadProblemFacts } from '@/app/load-problem-facts';
import { appMessages as m } from '@/app/messages';

export function LoadingStatus({ lang, retrying = false }: { lang: Lang; retrying?: boolean }) {
  return (
    <p role="status" className="load-status">
      <span className="spinner" aria-hidden="true" />
      {retrying ? m.retrying[lang] : m.loading[lang]}
    </p>
  );
}

interface LoadErrorProps {
  problem: LoadProblem;
  lang: Lang;
  onRetry: () => void;
  /** After a retry that failed too: the retry button left the page meanwhile, so focus returns to it. */
  focusRetry?: boolean;
}

/** Plain words and a retry for the official; the file, the server's answer and the wrong fields folded away. */
export function LoadError({ problem, lang, onRetry, focusRetry = false }: LoadErrorProps) {
  const retryButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRetry) retryButton.current?.focus();
  }, [focusRetry]);
  const issues = problem.kind === 'schema' ? problem.issues : [];
  return (
    <div role="alert" className="load-error">
      <h2>{e.title[lang]}</h2>
      <p>{e.advice[lang]}</p>
      <button ref={retryButton} type="button" className="load-error-retry" onClick={onRetry}>
        {e.retry[lang]}
      </button>
      <details className="load-error-details">
        <summary>{e.details[lang]}</summary>
        <dl>
          {loadProblemFacts(problem, lang).map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
        {issues.length > 0 && (
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path || e.wholeFile[lang]}</code>
                {COLON[lang]}
                {issue.message[lang]}
              </li>
            ))}
          </ul>
        )}
        <p className="muted">{e.fix[lang]}</p>
      </details>
    </div>
  );
}

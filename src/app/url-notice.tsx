import type { Lang } from '@/lib/i18n';
import type { UrlIssue } from '@/app/url-state';
import { appMessages as m } from '@/app/messages';

function IssueList({ issues, lang }: { issues: UrlIssue[]; lang: Lang }) {
  return issues.map((i, n) => (
    <span key={`${i.param}-${i.value}-${n}`}>
      {n > 0 ? (lang === 'zh' ? '、' : ', ') : ''}
      <code>
        {i.param}={i.value}
      </code>
    </span>
  ));
}

export function UrlNotice({ issues, lang, onDismiss }: { issues: UrlIssue[]; lang: Lang; onDismiss: () => void }) {
  if (issues.length === 0) return null;
  const unrecognised = issues.filter((i) => !i.reason);
  // A reversed range is well formed: "not recognised" would send the reader looking for a typo.
  const reversed = issues.filter((i) => i.reason === 'reversedRange');
  return (
    <div role="status" className="notice">
      <div>
        {unrecognised.length > 0 && (
          <p>
            {m.urlIssues[lang]} <IssueList issues={unrecognised} lang={lang} />
          </p>
        )}
        {reversed.length > 0 && (
          <p>
            {m.reversedRange[lang]} <IssueList issues={reversed} lang={lang} />
          </p>
        )}
      </div>
      <button type="button" className="notice-close" onClick={onDismiss}>
        {m.dismiss[lang]}
      </button>
    </div>
  );
}

import type { Lang } from '@/lib/i18n';
import type { UrlIssue } from '@/app/url-state';
import { appMessages as m } from '@/app/messages';

export function UrlNotice({ issues, lang, onDismiss }: { issues: UrlIssue[]; lang: Lang; onDismiss: () => void }) {
  if (issues.length === 0) return null;
  return (
    <div role="status" className="notice">
      <p>
        {m.urlIssues[lang]}{' '}
        {issues.map((i, n) => (
          <span key={`${i.param}-${i.value}-${n}`}>
            {n > 0 ? (lang === 'zh' ? '、' : ', ') : ''}
            <code>
              {i.param}={i.value}
            </code>
          </span>
        ))}
      </p>
      <button type="button" className="notice-close" onClick={onDismiss}>
        {m.dismiss[lang]}
      </button>
    </div>
  );
}

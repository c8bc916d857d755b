import { useEffect } from 'react';
import { useViewStore, type ViewState } from '@/stores/view-store';

const STORAGE_KEY = 'dashboard-theme';

/** The reader's last choice, else the system's; a personal setting, so it lives in storage, not the address. */
export function initialTheme(): ViewState['theme'] {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage can be blocked by policy on office machines; the system preference still applies.
  }
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Mirrors theme and language onto <html> (CSS variables, lang for screen readers and fonts). */
export function useDocumentSettings(title: string): void {
  const theme = useViewStore((s) => s.theme);
  const lang = useViewStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    try {
      window.localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // See initialTheme.
    }
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = title;
  }, [lang, title]);
}

// First: configures zod before any schema is built (see the module).
import '@/app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@/styles/app.css';
import { useViewStore } from '@/stores/view-store';
import { App } from '@/app/app';
import { initialTheme } from '@/app/theme';
import { parseQuery } from '@/app/url-state';

// Language and filters from the address before the first paint, so loading and error text are in the
// right language; region codes are checked against the data once it has loaded.
const theme = initialTheme();
useViewStore.getState().set({ ...parseQuery(window.location.search).view, theme });
// Before the first paint, so a dark-theme reader gets no white flash.
document.documentElement.dataset.theme = theme;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

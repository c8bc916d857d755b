import { useCallback, useEffect, useState } from 'react';
import type { DatasetIndex } from '@/lib/dataset-index';
import { useViewStore } from '@/stores/view-store';
import { onlySearchDiffers, parseQuery, sameUrlView, toQuery, type UrlIssue } from '@/app/url-state';

function addressFor(query: string): string {
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/**
 * Keeps the address and the store in step: the address is read on start and on Back/Forward;
 * every change of a filter in the store pushes a history entry (a run of table-search edits makes
 * one). Returns the values it had to ignore.
 */
export function useUrlSync(index: DatasetIndex): { issues: UrlIssue[]; dismiss: () => void } {
  const known = useCallback((code: string) => index.regionByCode.has(code), [index]);
  const [issues, setIssues] = useState(() => parseQuery(window.location.search, known).issues);

  useEffect(() => {
    let applying = false;
    // Whether the current history entry was made by a table-search edit.
    let searchEntry = false;
    const apply = () => {
      const { view, issues: found } = parseQuery(window.location.search, known);
      // Only a real change: new but equal arrays would make every chart and the table recompute.
      if (!sameUrlView(useViewStore.getState(), view)) {
        applying = true;
        useViewStore.getState().set(view);
        applying = false;
      }
      // Dropped values leave the address too, so a copied link carries only what is shown.
      const canonical = addressFor(toQuery(view));
      if (canonical !== addressFor(window.location.search.replace(/^\?/, '')))
        window.history.replaceState(window.history.state, '', canonical);
      return found;
    };
    apply();
    const onPopState = () => {
      // The entry Back or Forward reached is someone's earlier view: the next keystroke must not overwrite it.
      searchEntry = false;
      setIssues(apply());
    };
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (applying) return;
      const query = toQuery(state);
      if (query === window.location.search.replace(/^\?/, '')) return;
      const isSearchEdit = onlySearchDiffers(state, previous);
      // Typing in the table search changes the address per keystroke. One entry per keystroke would make
      // Back undo letters, so the edits that follow a search edit replace its entry: the first keystroke
      // pushes (Back returns to the view before the search), and the address is always current, so a link
      // copied mid-typing is right (a debounce would leave it stale and still split words at a pause).
      if (isSearchEdit && searchEntry) window.history.replaceState(null, '', addressFor(query));
      else window.history.pushState(null, '', addressFor(query));
      searchEntry = isSearchEdit;
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, [known]);

  const dismiss = useCallback(() => {
    setIssues([]);
  }, []);
  return { issues, dismiss };
}

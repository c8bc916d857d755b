import { useId, type ReactNode } from 'react';
import { useModalDialog } from '@/components/use-modal-dialog';
import '@/components/figure-sources.css';

/**
 * The modal that lists figures (a card's sources, a bar's parts): a native <dialog> whose title names it,
 * closed by Esc, its button or a click on the backdrop, handing focus back to what opened it. Lines in it
 * open the source view, which stacks above, so closing that comes back here.
 */
export function ListDialog(props: {
  open: boolean;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useModalDialog(props.open);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="modal-dialog hs"
      aria-labelledby={titleId}
      onClose={props.onClose}
      onClick={(e) => {
        // Only the backdrop hits the dialog element itself: its frame fills it edge to edge.
        if (e.target === e.currentTarget) ref.current?.close();
      }}
    >
      {props.open && (
        <div className="hs-frame">
          <header className="modal-dialog-header">
            <h2 id={titleId} className="modal-dialog-title">
              {props.title}
            </h2>
            <button type="button" className="hs-close" onClick={() => ref.current?.close()}>
              {props.closeLabel}
            </button>
          </header>
          <div className="hs-body">{props.children}</div>
        </div>
      )}
    </dialog>
  );
}

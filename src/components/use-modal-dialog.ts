import { useLayoutEffect, useRef } from 'react';
import '@/components/modal-dialog.css';

/**
 * A native <dialog>, shown modally while `open` holds: the browser keeps focus inside it, Esc closes it and
 * focus goes back to what opened it. A layout effect, so the dialog is open before its content's own effects
 * run (the source view scrolls its quote into view in one).
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

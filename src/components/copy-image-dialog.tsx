import { useEffect, useId, useRef } from 'react';
import { useModalDialog } from '@/components/use-modal-dialog';
import { EXPORT_MESSAGES as M } from '@/lib/export/export-messages';
import type { Lang } from '@/lib/i18n';
import '@/components/copy-image-dialog.css';

/**
 * Where the page may not write images to the clipboard (a plain-http intranet address is not a secure
 * context), the image is shown selected instead: Ctrl+C or the context menu's Copy image puts it on the
 * clipboard as the browser itself does, which Word and WPS paste as a picture.
 */
export function CopyImageDialog(props: { url: string | null; title: string; lang: Lang; onClose: () => void }) {
  const { url, title, lang, onClose } = props;
  const ref = useModalDialog(url !== null);
  const imgRef = useRef<HTMLImageElement>(null);
  const titleId = useId();

  useEffect(() => {
    const img = imgRef.current;
    if (!url || !img) return;
    const select = () => {
      // Selected as a node, so Ctrl+C copies the picture rather than nothing.
      const range = document.createRange();
      range.selectNode(img);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    };
    if (img.complete) select();
    else img.addEventListener('load', select, { once: true });
  }, [url]);

  return (
    <dialog
      ref={ref}
      className="modal-dialog copy-image-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      <header className="modal-dialog-header">
        <h2 id={titleId} className="modal-dialog-title">
          {M.copyDialogTitle[lang]}
        </h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {M.close[lang]}
        </button>
      </header>
      <div className="copy-image-body">
        <p className="copy-image-how">{M.copyHow[lang]}</p>
        {url && <img ref={imgRef} src={url} alt={title} />}
      </div>
    </dialog>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { readPageFile } from '../platform/web-platform';
import { carriesFiles } from './dropped-files';
import { useImports } from './ImportProvider';

/** Files dropped anywhere on the window are imported; while they hover, the window says so. */
export function DropZone() {
  const { t } = useI18n();
  const { importFiles } = useImports();
  const [hovering, setHovering] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the drag has left.
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth.current += 1;
      setHovering(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setHovering(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth.current = 0;
      setHovering(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      void Promise.all(files.map(readPageFile)).then(importFiles);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  if (!hovering) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>{t('dropHere')}</p>
    </div>
  );
}

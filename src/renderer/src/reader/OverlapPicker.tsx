import { useEffect, useRef } from 'react';
import type { Annotation } from '@shared/annotations/annotation-model';
import { useI18n } from '../i18n/I18nProvider';
import { clampQuote } from '../annotations/quote-preview';

/** Several highlights under the pointer: the reader picks which one to open. */
export function OverlapPicker({
  at,
  annotations,
  onPick,
  onClose,
}: {
  at: { x: number; y: number };
  annotations: Annotation[];
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    const onDown = (event: PointerEvent) => !ref.current?.contains(event.target as Node) && onClose();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="overlap-picker"
      role="menu"
      aria-label={t('pickAnnotation')}
      style={{
        top: Math.min(at.y + 12, window.innerHeight - 220),
        left: Math.min(at.x, window.innerWidth - 300),
      }}
    >
      {annotations.map((annotation) => (
        <button
          key={annotation.id}
          type="button"
          role="menuitem"
          className="overlap-item"
          onClick={() => onPick(annotation.id)}
        >
          <span className={`dot dot-${annotation.color}`} aria-hidden="true" />
          <span dir="auto">{clampQuote(annotation.target.selector[0].exact, 60)}</span>
        </button>
      ))}
    </div>
  );
}

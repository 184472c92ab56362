import { useEffect, useRef } from 'react';
import type { Annotation } from '@shared/annotations/annotation-model';
import { useI18n } from '../i18n/I18nProvider';
import { clampQuote } from '../margin/quote-preview';

const PICKER_WIDTH_PX = 352;

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
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };
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
      onKeyDown={onKeyDown}
      style={{
        top: Math.min(at.y + 12, window.innerHeight - 220),
        left: Math.max(8, Math.min(at.x, window.innerWidth - PICKER_WIDTH_PX - 8)),
      }}
    >
      {annotations.map((annotation) => (
        <button
          key={annotation.id}
          type="button"
          role="menuitem"
          className="overlap-item"
          dir="auto"
          onClick={() => onPick(annotation.id)}
        >
          <span className={`dot dot-${annotation.color}`} aria-hidden="true" />
          {clampQuote(annotation.target.selector[0].exact, 60)}
        </button>
      ))}
    </div>
  );
}

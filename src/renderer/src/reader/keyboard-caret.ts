/**
 * Caret browsing inside the read-only article: arrows move a caret, Shift+arrows select, across
 * paragraphs too. Selection.modify works on non-editable text and follows the bidi order, so
 * Left/Right stay visual in Arabic lines with Latin words and digits.
 */
type Move = { direction: 'left' | 'right' | 'forward' | 'backward'; granularity: string };

export function caretMove(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): Move | null {
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowLeft':
      return { direction: 'left', granularity: byWord ? 'word' : 'character' };
    case 'ArrowRight':
      return { direction: 'right', granularity: byWord ? 'word' : 'character' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: byWord ? 'paragraph' : 'line' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: byWord ? 'paragraph' : 'line' };
    case 'Home':
      return { direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return { direction: 'forward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** Puts the caret at the start of the first block visible in the viewport, so keyboard reading starts there. */
function placeCaretInView(article: HTMLElement, selection: Selection): void {
  const blocks = article.querySelectorAll<HTMLElement>('[data-start]');
  const visible = [...blocks].find((block) => block.getBoundingClientRect().bottom > 80) ?? blocks[0];
  const text = visible?.firstChild;
  if (text) selection.collapse(text, 0);
}

export function handleCaretKey(event: KeyboardEvent, article: HTMLElement): boolean {
  const move = caretMove(event);
  const selection = document.getSelection();
  if (!move || !selection || event.metaKey) return false;
  const inside = selection.rangeCount > 0 && article.contains(selection.focusNode);
  if (!inside) placeCaretInView(article, selection);
  selection.modify(event.shiftKey ? 'extend' : 'move', move.direction, move.granularity);
  const focus = selection.focusNode?.parentElement;
  focus?.scrollIntoView({ block: 'nearest' });
  return true;
}

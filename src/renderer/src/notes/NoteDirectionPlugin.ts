import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Lexical gives top-level blocks dir="auto" but leaves list items to inherit the list's direction;
 * each item gets its own, so an English item in an Arabic list reads left to right.
 */
export function NoteDirectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(ListItemNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') continue;
          const element = editor.getElementByKey(key);
          if (element && element.dir === '') element.dir = 'auto';
        }
      }),
    [editor],
  );
  return null;
}

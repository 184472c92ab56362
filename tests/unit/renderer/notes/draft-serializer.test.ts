import { $createListItemNode, $createListNode } from '@lexical/list';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { $createHeadingNode } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { createDraftSerializer, type DraftSerializer } from '@renderer/notes/draft-serializer';
import { NOTE_TRANSFORMERS } from '@renderer/notes/note-editor-config';
import { createHeadlessNoteEditor } from '@renderer/notes/note-serialization';
import { assembleDraft, type ChunkedDraft } from '@shared/notes/note-draft-chunks';

const PARAGRAPH =
  'تتمتع الصين **وكازاخستان** بشراكة _اقتصادية_ مهمة، See the _Global Times_ piece, 7 January 2022.';

/** An editor holding `paragraphs` paragraphs of mixed Arabic and English, and a serializer following it. */
function typingInto(paragraphs: number): { editor: LexicalEditor; serializer: DraftSerializer } {
  const editor = createHeadlessNoteEditor();
  const serializer = createDraftSerializer();
  editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) =>
    serializer.invalidate(editorState, { dirtyElements, dirtyLeaves }),
  );
  const markdown = Array.from({ length: paragraphs }, (_, index) =>
    index % 7 === 3 ? `- ${PARAGRAPH}\n- item ${index}` : `${PARAGRAPH} ${index}`,
  ).join('\n\n');
  editor.update(() => $convertFromMarkdownString(markdown, NOTE_TRANSFORMERS), { discrete: true });
  return { editor, serializer };
}

const assembled = (draft: ChunkedDraft) =>
  assembleDraft(
    draft.shell,
    draft.chunks.map((chunk) => chunk.json),
  );
const wholeState = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

/** The edits a person makes in a note, at a block picked by `at` (0..1). */
const EDITS = {
  type: (at: number) => () => {
    const text = $getRoot()
      .getAllTextNodes()
      .at(Math.floor(at * $getRoot().getAllTextNodes().length));
    text?.setTextContent(`${text.getTextContent()}ب`);
  },
  bold: (at: number) => () => {
    const text = $getRoot()
      .getAllTextNodes()
      .at(Math.floor(at * $getRoot().getAllTextNodes().length));
    text?.toggleFormat('bold');
  },
  newParagraph: (at: number) => () => {
    const blocks = $getRoot().getChildren();
    const paragraph = $createParagraphNode().append($createTextNode('فقرة جديدة'));
    const target = blocks[Math.floor(at * blocks.length)];
    if (target) target.insertAfter(paragraph);
    else $getRoot().append(paragraph);
  },
  removeBlock: (at: number) => () => {
    const blocks = $getRoot().getChildren();
    if (blocks.length > 1) blocks[Math.floor(at * blocks.length)]?.remove();
  },
  heading: (at: number) => () => {
    const blocks = $getRoot().getChildren();
    blocks[Math.floor(at * blocks.length)]?.insertBefore(
      $createHeadingNode('h2').append($createTextNode('عنوان')),
    );
  },
  listItem: (at: number) => () => {
    const lists = $getRoot()
      .getChildren()
      .filter((node) => node.getType() === 'list');
    const list = lists[Math.floor(at * lists.length)];
    if ($isElementNode(list)) list.append($createListItemNode().append($createTextNode('بند')));
    else $getRoot().append($createListNode('bullet').append($createListItemNode()));
  },
  splitText: (at: number) => () => {
    const texts = $getRoot().getAllTextNodes();
    const text = texts[Math.floor(at * texts.length)];
    if ($isTextNode(text) && text.getTextContentSize() > 2) text.splitText(1);
  },
  direction: () => () => {
    $getRoot().setDirection($getRoot().getDirection() === 'rtl' ? 'ltr' : 'rtl');
  },
} as const;
type EditName = keyof typeof EDITS;

describe('createDraftSerializer', () => {
  it('gives, after any sequence of edits, exactly the JSON of the whole editor state', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...(Object.keys(EDITS) as EditName[])), fc.double({ min: 0, max: 0.999 })),
          { maxLength: 25 },
        ),
        fc.boolean(),
        (edits, draftEachTime) => {
          const { editor, serializer } = typingInto(40);
          serializer.draft(editor.getEditorState());
          for (const [name, at] of edits) {
            editor.update(EDITS[name](at), { discrete: true });
            if (draftEachTime)
              expect(assembled(serializer.draft(editor.getEditorState()))).toBe(wholeState(editor));
          }
          expect(assembled(serializer.draft(editor.getEditorState()))).toBe(wholeState(editor));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('follows a whole new editor state (another window changed the note)', () => {
    const { editor, serializer } = typingInto(30);
    serializer.draft(editor.getEditorState());
    const other = typingInto(12).editor;
    editor.update(EDITS.type(0.5), { discrete: true });
    const replacement = editor.parseEditorState(wholeState(other));
    editor.setEditorState(replacement);
    expect(assembled(serializer.draft(editor.getEditorState()))).toBe(wholeState(other));
  });

  it('rewrites a small part of a long note when a letter is typed or a paragraph added', () => {
    const { editor, serializer } = typingInto(600);
    const draft = () => serializer.draft(editor.getEditorState());
    /** The chunks of `after` that `before` did not have: what the journal writes anew. */
    const fresh = (before: ChunkedDraft, after: ChunkedDraft) => {
      const known = new Set(before.chunks.map((chunk) => chunk.id));
      return after.chunks.filter((chunk) => !known.has(chunk.id));
    };
    const size = (chunks: { json: string }[]) => chunks.reduce((sum, chunk) => sum + chunk.json.length, 0);
    const original = draft();
    expect(original.chunks.length).toBeGreaterThan(20);
    editor.update(EDITS.type(0.5), { discrete: true });
    const typed = draft();
    // The chunk the letter fell in, and its neighbour if the block's hash moved a boundary.
    expect(fresh(original, typed).length).toBeGreaterThanOrEqual(1);
    expect(fresh(original, typed).length).toBeLessThanOrEqual(2);
    expect(size(fresh(original, typed))).toBeLessThan(size(typed.chunks) / 10);
    editor.update(EDITS.newParagraph(0.3), { discrete: true });
    const added = draft();
    expect(fresh(typed, added).length).toBeLessThanOrEqual(2);
    expect(size(fresh(typed, added))).toBeLessThan(size(added.chunks) / 10);
  });

  it('serializes only the blocks an edit touched', () => {
    const { editor, serializer } = typingInto(200);
    serializer.draft(editor.getEditorState());
    let exported = 0;
    const counting = editor.getEditorState().read(() => $getRoot().getChildren().length);
    expect(counting).toBeGreaterThan(100);
    editor.update(EDITS.type(0.9), { discrete: true });
    const original = JSON.stringify;
    JSON.stringify = ((...args: Parameters<typeof JSON.stringify>) => {
      exported += 1;
      return original(...args);
    }) as typeof JSON.stringify;
    try {
      serializer.draft(editor.getEditorState());
    } finally {
      JSON.stringify = original;
    }
    // The changed block, and the root's shell.
    expect(exported).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import type { Annotation, HighlightColor } from '@shared/annotations/annotation-model';
import type { Block } from '@shared/document/document-model';
import { printLayout } from '@shared/export/print-layout';

// "ab cd\n\nef gh": two paragraphs at 0–5 and 7–12.
const TEXT = 'ab cd\n\nef gh';
const BLOCKS: Block[] = [
  { id: 'p-1', kind: 'paragraph', text: 'ab cd', start: 0, end: 5, ordinal: 1, sectionId: null },
  { id: 'p-2', kind: 'paragraph', text: 'ef gh', start: 7, end: 12, ordinal: 2, sectionId: null },
];

function item(id: string, start: number, end: number, color: HighlightColor, note = ''): AnchoredAnnotation {
  const annotation = { id, color, note: { editorState: null, text: note, markdown: note } } as Annotation;
  return { annotation, anchor: { status: 'anchored', start, end } };
}

function runs(items: AnchoredAnnotation[]) {
  return printLayout(TEXT, BLOCKS, items).blocks.map(({ block, runs }) => [
    block.id,
    runs.map((run) => [run.text, run.color, run.notes]),
  ]);
}

describe('printLayout', () => {
  it.each([
    [
      'no highlights',
      [],
      [
        ['p-1', [['ab cd', null, []]]],
        ['p-2', [['ef gh', null, []]]],
      ],
    ],
    [
      'one noted highlight inside a paragraph',
      [item('a', 3, 5, 'green', 'note')],
      [
        [
          'p-1',
          [
            ['ab ', null, []],
            ['cd', 'green', [1]],
          ],
        ],
        ['p-2', [['ef gh', null, []]]],
      ],
    ],
    [
      'a highlight across both paragraphs numbers its note where it ends',
      [item('a', 3, 9, 'blue', 'n')],
      [
        [
          'p-1',
          [
            ['ab ', null, []],
            ['cd', 'blue', []],
          ],
        ],
        [
          'p-2',
          [
            ['ef', 'blue', [1]],
            [' gh', null, []],
          ],
        ],
      ],
    ],
    [
      'the inner of two overlapping highlights gives the colour; notes numbered in reading order',
      [item('outer', 0, 5, 'yellow', 'second'), item('inner', 0, 2, 'pink', 'first')],
      [
        [
          'p-1',
          [
            ['ab', 'pink', [1]],
            [' cd', 'yellow', [2]],
          ],
        ],
        ['p-2', [['ef gh', null, []]]],
      ],
    ],
  ] as const)('%s', (_case, items, expected) => {
    expect(runs([...items])).toEqual(expected);
  });

  it('lists noted quotes with their number and block, and leaves out orphans and unnoted ones', () => {
    const orphan: AnchoredAnnotation = {
      annotation: item('o', 0, 1, 'yellow', 'lost').annotation,
      anchor: { status: 'orphan', start: -1, end: -1 },
    };
    const { notes } = printLayout(TEXT, BLOCKS, [
      item('late', 8, 12, 'green', 'x'),
      item('plain', 0, 2, 'blue'),
      orphan,
      item('early', 3, 5, 'pink', 'y'),
    ]);
    expect(notes.map((n) => [n.number, n.annotation.id, n.quote, n.blockId])).toEqual([
      [1, 'early', 'cd', 'p-1'],
      [2, 'late', 'f gh', 'p-2'],
    ]);
  });
});

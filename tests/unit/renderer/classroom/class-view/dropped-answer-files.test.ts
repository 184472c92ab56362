import { describe, expect, it } from 'vitest';
import { droppedAnswerFiles } from '@renderer/classroom/class-view/dropped-answer-files';

/** Just what droppedAnswerFiles reads of the File and Directory Entries API, over in-memory files. */
function fileEntry(name: string, text: string | null) {
  return {
    name,
    isFile: true,
    isDirectory: false,
    file: (resolve: (file: File) => void, reject: (error: Error) => void) =>
      text === null ? reject(new Error('NotFoundError')) : resolve(new File([text], name)),
  };
}

/** A folder whose reader answers in the batches given, then with an empty one, as Chromium's does. */
function folder(name: string, ...batches: unknown[][]) {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      const left = [...batches];
      return { readEntries: (resolve: (entries: unknown[]) => void) => resolve(left.shift() ?? []) };
    },
  };
}

function transfer(...items: Array<{ entry: unknown; file?: File; kind?: string }>): DataTransfer {
  return {
    items: items.map(({ entry, file = null, kind = 'file' }) => ({
      kind,
      webkitGetAsEntry: () => entry,
      getAsFile: () => file,
    })),
  } as unknown as DataTransfer;
}

describe('the files of a drop', () => {
  it('takes the answer files of a folder and its subfolders, over several batches, and nothing else', async () => {
    const drop = transfer({
      entry: folder(
        'class 7B',
        [fileEntry('mona.hamish-answers', 'M'), fileEntry('notes.txt', 'x')],
        [folder('late', [fileEntry('omar.HAMISH-ANSWERS', 'O')]), fileEntry('sam.hamish-answers', 'S')],
      ),
    });
    const files = await droppedAnswerFiles(drop);
    expect(files.map(({ name, bytes }) => [name, new TextDecoder().decode(bytes)])).toEqual([
      ['mona.hamish-answers', 'M'],
      ['omar.HAMISH-ANSWERS', 'O'],
      ['sam.hamish-answers', 'S'],
    ]);
  });

  it('keeps a loose file whatever its name, so its refusal can be reported', async () => {
    const loose = new File(['{}'], 'essay.docx');
    const files = await droppedAnswerFiles(
      transfer({ entry: fileEntry('essay.docx', '{}'), file: loose }, { entry: null, kind: 'string' }),
    );
    expect(files.map((file) => [file.name, file.size])).toEqual([['essay.docx', 2]]);
  });

  it('reports a file of a folder that cannot be read, without losing the others', async () => {
    const files = await droppedAnswerFiles(
      transfer({
        entry: folder('class', [
          fileEntry('gone.hamish-answers', null),
          fileEntry('layla.hamish-answers', 'L'),
        ]),
      }),
    );
    expect(files.map((file) => [file.name, file.error ?? 'read'])).toEqual([
      ['gone.hamish-answers', 'unreadable'],
      ['layla.hamish-answers', 'read'],
    ]);
  });
});

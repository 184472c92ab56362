import { useMemo } from 'react';
import type { Reader } from '@shared/annotations/annotation-model';
import { currentAnswerFiles } from '@shared/classroom/class-merge';
import { compareReaders, paragraphHeat, questionAnswers } from '@shared/classroom/class-heatmap';
import type { ArticleDocument } from '@shared/document/document-model';
import type { StoredAnswerFile, StoredPack } from '../../storage/db';
import { NO_ANSWER_MARKS, useAnswerFiles, useAnswerMarks } from '../../storage/answer-store';

/** A student of the class: their current file and, newest first, the earlier ones they handed in. */
export interface ClassStudent {
  reader: Reader;
  current: StoredAnswerFile;
  earlier: StoredAnswerFile[];
}

function studentsOf(stored: readonly StoredAnswerFile[]): ClassStudent[] {
  return currentAnswerFiles(stored)
    .map((current) => ({
      reader: current.answers.reader,
      current,
      earlier: stored
        .filter((file) => file.readerId === current.readerId && file.key !== current.key)
        .sort((a, b) => Date.parse(b.modified) - Date.parse(a.modified)),
    }))
    .sort((a, b) => compareReaders(a.reader, b.reader));
}

/** Everything the class view shows of one pack, live: undefined until the answer files are read. */
export function useClassData(pack: StoredPack, document: ArticleDocument) {
  const stored = useAnswerFiles(pack.packId);
  const marks = useAnswerMarks(pack.packId) ?? NO_ANSWER_MARKS;
  // Marks change often and cost nothing; the answers and the heat are worked out only when files change.
  const read = useMemo(() => {
    if (stored === undefined) return undefined;
    const files = stored.map((record) => record.answers);
    return {
      files,
      students: studentsOf(stored),
      questions: questionAnswers(pack.pack, files),
      heat: paragraphHeat(document, files),
    };
  }, [document, pack.pack, stored]);
  return useMemo(() => read && { ...read, marks }, [read, marks]);
}

export type ClassData = NonNullable<ReturnType<typeof useClassData>>;

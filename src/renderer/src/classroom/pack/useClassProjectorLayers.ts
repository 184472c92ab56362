import { useMemo } from 'react';
import { paragraphHeat } from '@shared/classroom/class-heatmap';
import type { PlacedQuestion } from '@shared/classroom/teacher-layer';
import type { ArticleDocument } from '@shared/document/document-model';
import type { StoredPack } from '../../storage/db';
import { useAnswerFiles } from '../../storage/answer-store';
import { NO_PROJECTOR_LAYERS, type ProjectorLayers } from '../projector/projector-layers';

/**
 * What projector mode shows of the class: each paragraph's questions and, for the teacher who collected
 * answers, how many students highlighted it. Read only while the projector is on.
 */
export function useClassProjectorLayers(
  document: ArticleDocument,
  stored: StoredPack | null | undefined,
  questions: readonly PlacedQuestion[],
  active: boolean,
): ProjectorLayers {
  const packId = active && stored?.role === 'author' ? stored.packId : null;
  // No pack of the teacher's, or the projector off: an id no pack has, so nothing is read.
  const files = useAnswerFiles(packId ?? '');
  return useMemo(() => {
    if (!active || !stored) return NO_PROJECTOR_LAYERS;
    const byBlock = new Map<string, { prompt: string; choices: string[] }[]>();
    for (const { question, anchor } of questions) {
      if (anchor.status === 'orphan') continue;
      const block = document.blocks.find(
        (candidate) => anchor.start < candidate.end && candidate.start <= anchor.start,
      );
      if (!block) continue;
      byBlock.set(block.id, [
        ...(byBlock.get(block.id) ?? []),
        { prompt: question.prompt, choices: question.choices },
      ]);
    }
    const heat =
      files && files.length > 0
        ? new Map(
            [
              ...paragraphHeat(
                document,
                files.map((file) => file.answers),
              ),
            ].map(([id, entry]) => [id, entry.count]),
          )
        : undefined;
    return { questionsForBlock: (blockId) => byBlock.get(blockId) ?? [], ...(heat && { heat }) };
  }, [active, document, files, questions, stored]);
}

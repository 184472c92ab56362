import { anchorAll, selectorsFor } from '../anchoring/anchor';
import type { ArticleDocument } from '../document/document-model';
import type { Annotation } from './annotation-model';

export interface Reanchoring {
  /** Found in the new text: selectors made again where they stand now, on the new version. */
  updated: Annotation[];
  /** Found exactly where their selectors already say, on the same version: nothing to write. */
  unchanged: number;
  /** Not found (neither verbatim nor closely enough): left as they were, shown as orphans. */
  orphans: Annotation[];
}

/**
 * Moves annotations onto a new text of their document, the way the reader anchors them (position with
 * its context, then the quote verbatim, then approximately): what is found gets selectors made on the new
 * text, so it anchors exactly from now on; what is not is left untouched rather than guessed.
 */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  document: Pick<ArticleDocument, 'text' | 'versionId'>,
): Reanchoring {
  const anchors = anchorAll(document.text, annotations);
  const result: Reanchoring = { updated: [], unchanged: 0, orphans: [] };
  annotations.forEach((annotation, index) => {
    const anchor = anchors[index]!;
    if (anchor.status === 'orphan') {
      result.orphans.push(annotation);
      return;
    }
    const moved: Annotation = {
      ...annotation,
      target: { source: document.versionId, selector: selectorsFor(document.text, anchor.start, anchor.end) },
      start: anchor.start,
    };
    if (sameAnchor(annotation, moved)) result.unchanged += 1;
    else result.updated.push(moved);
  });
  return result;
}

function sameAnchor(a: Annotation, b: Annotation): boolean {
  const [quoteA, positionA] = a.target.selector;
  const [quoteB, positionB] = b.target.selector;
  return (
    a.target.source === b.target.source &&
    a.start === b.start &&
    quoteA.exact === quoteB.exact &&
    quoteA.prefix === quoteB.prefix &&
    quoteA.suffix === quoteB.suffix &&
    positionA.start === positionB.start &&
    positionA.end === positionB.end
  );
}

import { BACKUP_CONTEXT } from '../backup/backup-format';
import type { ArticleDocument, DraftBlock } from '../document/document-model';
import type { ImportDraft } from '../import/import-model';
import { PACK_FORMAT_VERSION, type PackQuestion, type ReadingPack } from './classroom-model';
import {
  iriOf,
  orderedColorMeanings,
  w3cCreator,
  w3cHighlight,
  w3cTarget,
  type W3cCreator,
  type W3cHighlight,
  type W3cTarget,
} from './class-w3c';

export const PACK_TYPE = 'hamish:ReadingPack';
export const PACK_FORMAT_NAME = 'reading-pack';

/** A question as a W3C annotation: the prompt is its body, the choices (if any) ride beside it. */
export interface W3cQuestion {
  id: string;
  type: 'Annotation';
  motivation: 'questioning';
  modified: string;
  body: [{ type: 'TextualBody'; value: string; purpose: 'questioning' }];
  target: W3cTarget;
  'hamish:choices': string[];
}

export interface PackFile {
  '@context': typeof BACKUP_CONTEXT;
  id: string;
  type: typeof PACK_TYPE;
  hamishFormat: typeof PACK_FORMAT_NAME;
  formatVersion: number;
  created: string;
  modified: string;
  creator: W3cCreator;
  instructions: string;
  due: string | null;
  colorMeanings: ReadingPack['colorMeanings'];
  document: { id: string; draft: ImportDraft };
  guide: W3cHighlight[];
  questions: W3cQuestion[];
}

export function toPackFile(pack: ReadingPack): PackFile {
  return {
    '@context': BACKUP_CONTEXT,
    id: iriOf(pack.packId),
    type: PACK_TYPE,
    hamishFormat: PACK_FORMAT_NAME,
    formatVersion: PACK_FORMAT_VERSION,
    created: pack.created,
    modified: pack.modified,
    creator: w3cCreator(pack.teacher),
    instructions: pack.instructions,
    due: pack.due,
    colorMeanings: orderedColorMeanings(pack.colorMeanings),
    document: { id: pack.document.id, draft: orderedDraft(pack.document.draft) },
    guide: pack.guide.map(w3cHighlight),
    questions: pack.questions.map(w3cQuestion),
  };
}

/** The pack as a `.hamish` file: indented JSON, keys always in the same order, so two packs diff cleanly. */
export function serializePack(pack: ReadingPack): string {
  return `${JSON.stringify(toPackFile(pack), null, 2)}\n`;
}

function w3cQuestion(question: PackQuestion): W3cQuestion {
  return {
    id: iriOf(question.id),
    type: 'Annotation',
    motivation: 'questioning',
    modified: question.modified,
    body: [{ type: 'TextualBody', value: question.prompt, purpose: 'questioning' }],
    target: w3cTarget(question.target),
    'hamish:choices': [...question.choices],
  };
}

/** The draft's fields in one fixed order, whatever order the object was built in. */
function orderedDraft(draft: ImportDraft): ImportDraft {
  return {
    format: draft.format,
    fileName: draft.fileName,
    title: draft.title,
    language: draft.language,
    direction: draft.direction,
    siteName: draft.siteName,
    byline: draft.byline,
    publication: draft.publication,
    ...(draft.encoding !== undefined && { encoding: draft.encoding }),
    related: [...draft.related],
    blocks: draft.blocks.map(orderedBlock),
  };
}

function orderedBlock(block: DraftBlock): DraftBlock {
  return {
    kind: block.kind,
    text: block.text,
    ...(block.lang !== undefined && { lang: block.lang }),
    ...(block.dir !== undefined && { dir: block.dir }),
    ...(block.style !== undefined && { style: block.style }),
    ...(block.marker !== undefined && { marker: block.marker }),
  };
}

/**
 * The draft a document lays out from again, bundled or imported: a pack carries the text itself, so it
 * opens on a machine whose Hamish lacks the document. Its blocks are the document's own (title aside), so
 * the draft lays out to the same text, offsets and hash, and every selector made on the document holds.
 * For an imported document the library's stored draft is the exact one; this rebuilds it from the manifest,
 * whose source name is the site name, else the byline, else the file name (manifestFromDraft).
 */
export function draftFromArticle(document: ArticleDocument): ImportDraft {
  const { manifest } = document;
  const imported = manifest.imported;
  return {
    format: imported?.format ?? 'text',
    fileName: imported?.fileName ?? manifest.file,
    title: document.title,
    language: manifest.language,
    direction: manifest.direction,
    siteName:
      imported && manifest.source.name === (imported.byline ?? imported.fileName)
        ? null
        : manifest.source.name,
    byline: imported?.byline ?? null,
    publication: manifest.publication,
    ...(imported?.encoding !== undefined && { encoding: imported.encoding }),
    related: document.related.map((piece) => piece.title),
    blocks: document.blocks.flatMap((block): DraftBlock[] =>
      block.kind === 'title'
        ? []
        : [
            orderedBlock({
              kind: block.kind,
              text: block.text,
              lang: block.lang,
              dir: block.dir,
              style: block.style,
              marker: block.marker,
            }),
          ],
    ),
  };
}

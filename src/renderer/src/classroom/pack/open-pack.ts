import type { ClassFileRefusal } from '@shared/classroom/classroom-model';
import { PACK_FILE_EXTENSION, ANSWERS_FILE_EXTENSION } from '@shared/classroom/classroom-model';
import { parseClassFile } from '@shared/classroom/parse-class-file';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import type { ImportFile } from '@shared/platform/platform-contract';
import type { DocumentLibrary } from '../../library/document-library';
import { keepOpenedPack, type OpenedPack } from '../../storage/pack-store';

/** Why a classroom file given to the library was not opened; 'answers-here': a student's answers, not a pack. */
export type PackRefusal = ClassFileRefusal | 'answers-here';

export type PackOpening =
  | { ok: true; id: string; title: string; opened: OpenedPack }
  | { ok: false; reason: PackRefusal; detail?: string };

/** A reading pack or an answer file, by name: they open through the classroom, not the document importers. */
export function isClassroomFile(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(`.${PACK_FILE_EXTENSION}`) || lower.endsWith(`.${ANSWERS_FILE_EXTENSION}`);
}

/**
 * Opens a student's copy of a reading pack: its text joins the library (or is found there: the same text
 * is never added twice, bundled documents included) and the pack is kept beside it. Validated whole first:
 * a refused file changes nothing.
 */
export async function openPackFile(
  file: ImportFile,
  library: DocumentLibrary,
  now: Date = new Date(),
): Promise<PackOpening> {
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, reason: 'too-large' };
  const parsed = parseClassFile(file.bytes, { now });
  if (!parsed.ok)
    return { ok: false, reason: parsed.reason, ...(parsed.detail && { detail: parsed.detail }) };
  if (parsed.kind === 'answers') return { ok: false, reason: 'answers-here' };
  const { pack } = parsed;
  const saved = await library.saveImport(pack.document.draft);
  // An edited version of the text is in the library: the pack needs its own text exactly, kept beside it.
  const id = saved.status === 'replaceable' ? (await library.importAsNew(pack.document.draft)).id : saved.id;
  const opened = await keepOpenedPack(pack, id);
  return { ok: true, id, title: pack.document.draft.title, opened };
}

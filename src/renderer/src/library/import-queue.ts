import type { PackRefusal } from '../classroom/pack/open-pack';
import type { OpenedPack } from '../storage/pack-store';
import type { ImportDraft, ImportRefusal } from '@shared/import/import-model';

export type ImportStage = 'reading' | 'extracting' | 'sanitizing' | 'structuring' | 'saving';

/** Where one file of an import stands; every file ends in exactly one reported outcome. */
export type ImportItemState =
  | { status: 'waiting' }
  | { status: 'working'; stage: ImportStage; fraction: number | null }
  | { status: 'imported'; id: string; title: string }
  | { status: 'duplicate'; id: string }
  | { status: 'replaced'; id: string; title: string; reanchored: number; orphaned: number }
  /** An edited version of a library document: the reader chooses to replace it or keep both. */
  | { status: 'ask'; id: string; title: string; annotations: number; draft: ImportDraft }
  | { status: 'refused'; reason: ImportRefusal | 'storage-failed' }
  /** A teacher's reading pack, opened: its document is `id`. */
  | { status: 'pack'; id: string; title: string; opened: OpenedPack }
  | { status: 'pack-refused'; reason: PackRefusal; detail?: string }
  | { status: 'skipped' };

export interface ImportItem {
  key: number;
  name: string;
  /** How many files arrived together with this one (itself included). */
  batchSize: number;
  state: ImportItemState;
}

export type ImportAction =
  | { type: 'add'; names: string[]; firstKey: number }
  | { type: 'update'; key: number; state: ImportItemState }
  | { type: 'clear-finished' };

export function importQueueReducer(items: ImportItem[], action: ImportAction): ImportItem[] {
  switch (action.type) {
    case 'add':
      return [
        ...items,
        ...action.names.map((name, index) => ({
          batchSize: action.names.length,
          key: action.firstKey + index,
          name,
          state: { status: 'waiting' } as const,
        })),
      ];
    case 'update':
      return items.map((item) => (item.key === action.key ? { ...item, state: action.state } : item));
    case 'clear-finished':
      return items.filter((item) => !isFinished(item.state));
  }
}

export function isFinished(state: ImportItemState): boolean {
  return !['waiting', 'working', 'ask'].includes(state.status);
}

/** How many files have an outcome; one waiting for the reader's choice has none yet. */
export function batchProgress(items: readonly ImportItem[]): { done: number; total: number } {
  const done = items.filter((item) => isFinished(item.state)).length;
  return { done, total: items.length };
}

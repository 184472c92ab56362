import type { Annotation, NoteBody } from '@shared/annotations/annotation-model';
import {
  editBaseOf,
  noteKey,
  type AnnotationEdit,
  type EditBase,
  type EditOutcome,
} from '@shared/annotations/merge-edit';
import type { ChunkedDraft } from '@shared/notes/note-draft-chunks';
import {
  clearJournalEntry,
  writeJournalEntry,
  type JournalEntryToWrite,
  type NoteDraft,
  type TypedNoteDraft,
} from './edit-journal';

type WrittenAnnotationEntry = Extract<JournalEntryToWrite, { kind: 'annotation' }>;

export interface EditSessionDeps {
  storage: Storage;
  /** This window's id in the journal. */
  session: string;
  save: (base: EditBase, edit: AnnotationEdit, conflictTag: string) => Promise<EditOutcome>;
  conflictTag: () => string;
  now: () => Date;
  /** Told whenever the session gains or loses unsaved changes, or a save fails. */
  onState: () => void;
}

/**
 * One annotation being edited in this window. Every change is journaled at once (synchronously), then
 * saved with compare-and-set against the version it was made on (`base`); the journal entry goes only
 * once what it holds is committed. A change made elsewhere reaches the open editor through `observe`:
 * taken as it is when nothing here is unsaved, merged (or kept as a conflict copy) by the save otherwise.
 */
export class AnnotationEditSession {
  readonly id: string;
  /** The note the editor shows; replaced (with `revision` bumped) when another window changed it. */
  note: NoteBody;
  revision = 0;
  error: unknown = null;

  private base: EditBase;
  private pending: AnnotationEdit = {};
  private sending: AnnotationEdit | null = null;
  private draftNote: ChunkedDraft | null = null;
  /** The typed chunks of the note being saved (pending or sending), journaled in its place. */
  private savingDraft: ChunkedDraft | null = null;
  private draftTags: string[] | null = null;
  private serializer: (() => NoteBody) | null = null;
  private shownNote: string;
  private seq = 0;
  private flushing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    annotation: Annotation,
    private readonly deps: EditSessionDeps,
  ) {
    this.id = annotation.id;
    this.base = editBaseOf(annotation);
    this.note = annotation.note;
    this.shownNote = noteKey(annotation.note);
  }

  hasUnsaved(): boolean {
    return (
      this.sending !== null ||
      this.draftNote !== null ||
      this.draftTags !== null ||
      Object.keys(this.pending).length > 0
    );
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The live editor's way to serialize its note when a save is due before its own debounce fires. */
  attachSerializer(serialize: () => NoteBody): () => void {
    this.serializer = serialize;
    return () => {
      if (this.serializer === serialize) this.serializer = null;
    };
  }

  /** A keystroke in the note: journaled now (the chunks it changed), saved with the next `change`. */
  typeNote(draft: ChunkedDraft): void {
    this.draftNote = draft;
    this.journal();
  }

  /** A tag being typed, not yet added: journaled with the tags it would make, as leaving the field would add it. */
  typeTags(tags: string[] | null): void {
    this.draftTags = tags;
    this.journal();
  }

  change(edit: AnnotationEdit): void {
    this.pending = { ...this.pending, ...edit };
    if (edit.note) {
      // The note is the editor's state the last keystroke journaled: its chunks stay the journal's copy.
      this.savingDraft = this.draftNote;
      this.draftNote = null;
      this.note = edit.note;
      this.shownNote = noteKey(edit.note);
    }
    if (edit.tags) this.draftTags = null;
    this.journal();
  }

  /** Saves everything unsaved; resolves once committed (or rejects, with the changes kept for the next try). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing.catch(() => undefined);
    if (this.draftNote !== null && this.serializer) this.change({ note: this.serializer() });
    if (this.draftTags !== null) this.change({ tags: this.draftTags });
    if (Object.keys(this.pending).length === 0) return;
    this.flushing = this.send();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  /** The stored record changed (this window's save, or another's). */
  observe(record: Annotation): void {
    if (record.modified === this.base.record.modified || this.hasUnsaved()) return;
    this.base = editBaseOf(record);
    if (noteKey(record.note) !== this.shownNote) this.showNote(record.note);
    else this.note = record.note;
  }

  private async send(): Promise<void> {
    const sent = this.pending;
    const sentSeq = this.seq;
    this.pending = {};
    this.sending = sent;
    const base = this.base;
    try {
      const outcome = await this.deps.save(base, sent, this.deps.conflictTag());
      this.error = null;
      if (outcome.record) this.base = editBaseOf(outcome.record);
      this.sending = null;
      // Saved here but merged with another window's note (this side changed only tags or colour).
      const saved = outcome.record?.note;
      if (saved && !sent.note && !this.hasUnsaved() && noteKey(saved) !== this.shownNote)
        this.showNote(saved);
      if (this.hasUnsaved()) this.journal();
      else clearJournalEntry(this.deps.storage, this.entry(sentSeq, base, sent));
    } catch (error) {
      this.pending = { ...sent, ...this.pending };
      this.sending = null;
      this.error = error;
      throw error;
    } finally {
      this.notify();
    }
  }

  private showNote(note: NoteBody): void {
    this.note = note;
    this.shownNote = noteKey(note);
    this.revision += 1;
    this.notify();
  }

  private journal(): void {
    this.seq += 1;
    const edit: WrittenAnnotationEntry['edit'] = { ...this.sending, ...this.pending };
    const typed = this.draftNote ?? (edit.note ? this.savingDraft : null);
    const note: NoteDraft | TypedNoteDraft | undefined = typed ? { editorChunks: typed } : edit.note;
    if (note) edit.note = note;
    if (this.draftTags !== null) edit.tags = this.draftTags;
    writeJournalEntry(this.deps.storage, this.entry(this.seq, this.base, edit));
    this.notify();
  }

  private entry(seq: number, base: EditBase, edit: WrittenAnnotationEntry['edit']): WrittenAnnotationEntry {
    return {
      kind: 'annotation',
      session: this.deps.session,
      seq,
      at: this.deps.now().toISOString(),
      base,
      edit,
      conflictTag: this.deps.conflictTag(),
    };
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
    this.deps.onState();
  }
}

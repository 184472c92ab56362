import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { FUTURE_TOLERANCE_MS, planRestore } from '@shared/backup/restore-plan';
import { annotationArbitrary } from '../../../support/annotation-arbitrary';

const [base, other] = fc.sample(annotationArbitrary(['doc-a'], 1_000), { numRuns: 2, seed: 11 }) as [
  Annotation,
  Annotation,
];
const at = (iso: string, changes: Partial<Annotation> = {}): Annotation => ({
  ...base,
  modified: iso,
  ...changes,
});

describe('planRestore', () => {
  it('adds annotations the library lacks', () => {
    const plan = planRestore([base, other], [base]);
    expect(plan.added).toEqual([other]);
    expect(plan.unchanged).toBe(1);
    expect(plan.toWrite).toEqual([other]);
  });

  it('lets the newer modification win and ignores the older one', () => {
    const older = at('2024-01-01T00:00:00.000Z', { color: 'green' });
    const newer = at('2024-02-01T00:00:00.000Z', { color: 'pink' });
    expect(planRestore([newer], [older])).toMatchObject({
      updated: [newer],
      toWrite: [newer],
      olderSkipped: 0,
    });
    expect(planRestore([older], [newer])).toMatchObject({ updated: [], toWrite: [], olderSkipped: 1 });
  });

  it('compares times, not strings, when offsets differ', () => {
    const utc = at('2024-01-01T10:00:00Z');
    const earlierWithOffset = at('2024-01-01T11:00:00+02:00', { color: 'blue' });
    expect(planRestore([earlierWithOffset], [utc]).olderSkipped).toBe(1);
  });

  it('keeps both versions of a conflict: the backup’s as a tagged copy with a new id', () => {
    const mine = at('2024-03-01T00:00:00.000Z', {
      note: { editorState: null, text: 'mine', markdown: 'mine' },
    });
    const theirs = at('2024-03-01T00:00:00.000Z', {
      note: { editorState: null, text: 'theirs', markdown: 'theirs' },
    });
    const plan = planRestore([theirs], [mine], { conflictTag: 'تعارض' });
    expect(plan.conflicts).toHaveLength(1);
    const copy = plan.conflicts[0]!.incoming;
    expect(plan.conflicts[0]!.existing).toBe(mine);
    expect(copy.id).not.toBe(mine.id);
    expect(copy.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(copy).toEqual({ ...theirs, id: copy.id, tags: [...theirs.tags, 'تعارض'] });
    expect(plan.toWrite).toEqual([copy]);

    // Restoring the same file again finds the copy already there.
    const again = planRestore([theirs], [mine, copy], { conflictTag: 'تعارض' });
    expect(again).toMatchObject({ conflicts: [], toWrite: [], unchanged: 1 });
  });

  it('different conflicting versions get different copies', () => {
    const mine = at('2024-03-01T00:00:00.000Z');
    const a = planRestore([at('2024-03-01T00:00:00.000Z', { color: 'green' })], [mine]).toWrite[0]!;
    const b = planRestore([at('2024-03-01T00:00:00.000Z', { color: 'blue' })], [mine]).toWrite[0]!;
    expect(a.id).not.toBe(b.id);
    expect(a.tags).toContain('conflict');
  });

  it('matches ids case-insensitively and replaces the library’s record under its own key', () => {
    const older = at('2024-01-01T00:00:00.000Z', { id: base.id.toUpperCase(), color: 'green' });
    const newer = at('2024-02-01T00:00:00.000Z', { color: 'pink' });
    const plan = planRestore([newer], [older]);
    expect(plan).toMatchObject({ added: [], toWrite: [{ ...newer, id: older.id }] });
    expect(planRestore([at('2024-01-01T00:00:00.000Z', { color: 'green' })], [older]).unchanged).toBe(1);
  });

  describe('dates in the future', () => {
    const now = new Date('2026-12-01T12:00:00.000Z');
    const after = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const past = '2024-01-01T00:00:00.000Z';

    it.each([
      ['year 9999', '9999-12-31T23:59:59.999Z', true],
      ['a day and a millisecond ahead', after(FUTURE_TOLERANCE_MS + 1), true],
      ['exactly a day ahead (clock drift, time zones)', after(FUTURE_TOLERANCE_MS), false],
      ['an hour ahead', after(3_600_000), false],
      ['in the past', '2020-01-01T00:00:00.000Z', false],
    ])('a modified date %s is clamped: %s', (_, modified, clamped) => {
      const plan = planRestore([at(modified, { created: past })], [], { now });
      expect(plan.clampedFuture).toBe(clamped ? 1 : 0);
      expect(plan.added[0]!.modified).toBe(clamped ? now.toISOString() : modified);
    });

    it('clamps a future created date too, and counts the annotation once', () => {
      const far = '9999-01-01T00:00:00.000Z';
      const plan = planRestore([at(far, { created: far }), { ...other, created: past, modified: far }], [], {
        now,
      });
      expect(plan.clampedFuture).toBe(2);
      expect(plan.added[0]).toMatchObject({ created: now.toISOString(), modified: now.toISOString() });
      expect(plan.added[1]).toMatchObject({ created: past, modified: now.toISOString() });
    });

    it('a clamped version no longer wins over a later edit in the library', () => {
      const libraryEdit = at('2026-12-01T12:30:00.000Z', { color: 'green' });
      const plan = planRestore([at('9999-12-31T23:59:59.999Z', { color: 'pink' })], [libraryEdit], { now });
      expect(plan).toMatchObject({ clampedFuture: 1, olderSkipped: 1, toWrite: [] });
    });
  });
});

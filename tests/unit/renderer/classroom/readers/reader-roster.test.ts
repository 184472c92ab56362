import { describe, expect, it } from 'vitest';
import { DEFAULT_READER, type Annotation, type Reader } from '@shared/annotations/annotation-model';
import {
  defaultReaderName,
  otherLayers,
  ownAnnotations,
  readerNameProblem,
  resolveRoster,
} from '@renderer/classroom/readers/reader-roster';
import { storedAnnotation } from '../../../../support/stored-annotation';

const HUDA: Reader = { id: 'reader:huda', name: 'هدى' };
const OMAR: Reader = { id: 'reader:omar', name: 'عمر' };
const ROSTER = resolveRoster([HUDA, OMAR], HUDA.id, 'قارئ');

function by(author: Reader, id: string, modified = '2026-01-01T00:00:00.000Z'): Annotation {
  return storedAnnotation(id, 'article', 0, { author, modified });
}

describe('reader names', () => {
  it.each<[string, string, string[], ReturnType<typeof readerNameProblem>]>([
    ['a new name', 'سلمى', ['هدى'], null],
    ['blank', ' \t ', [], 'empty'],
    ['a taken name with tatweel and ة', 'فاطمـــة', ['فاطمه'], 'duplicate'],
    ['a taken name with another inner spacing', 'عبد  الله', ['عبد الله'], 'duplicate'],
  ])('%s → %s', (_case, name, others, problem) => {
    expect(readerNameProblem(name, others)).toBe(problem);
  });

  it.each([
    ['', 'قارئ'],
    ['  سلمى ', 'سلمى'],
  ])('the default reader named %j shows as %j', (stored, shown) => {
    expect(defaultReaderName(stored, 'قارئ')).toBe(shown);
  });
});

describe('whose annotations are whose', () => {
  const annotations = [
    by(DEFAULT_READER, 'before-profiles'),
    by(HUDA, 'huda-1'),
    by(OMAR, 'omar-1'),
    by({ id: 'reader:elsewhere', name: 'زائر قديم' }, 'stranger-1', '2026-01-01T00:00:00.000Z'),
    by({ id: 'reader:elsewhere', name: 'زائر' }, 'stranger-2', '2026-02-01T00:00:00.000Z'),
    by(HUDA, 'huda-2'),
  ];

  it.each([
    [HUDA.id, ['huda-1', 'huda-2']],
    [DEFAULT_READER.id, ['before-profiles']],
    [OMAR.id, ['omar-1']],
  ])('reader %s owns only their own', (readerId, ids) => {
    expect(ownAnnotations(annotations, readerId).map((a) => a.id)).toEqual(ids);
  });

  it('gives every other author a layer: known readers in roster order, then strangers by their latest name', () => {
    expect(
      otherLayers(annotations, ROSTER).map((layer) => [
        layer.readerId,
        layer.name,
        layer.annotations.map((a) => a.id),
      ]),
    ).toEqual([
      [DEFAULT_READER.id, 'قارئ', ['before-profiles']],
      [OMAR.id, 'عمر', ['omar-1']],
      ['reader:elsewhere', 'زائر', ['stranger-1', 'stranger-2']],
    ]);
  });

  it('shows no layer when only the current reader annotated', () => {
    expect(otherLayers([by(HUDA, 'huda-1')], ROSTER)).toEqual([]);
  });
});

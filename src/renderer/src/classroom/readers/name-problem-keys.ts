import type { MessageKey } from '../../i18n/catalog';
import type { NameProblem } from './reader-roster';

/** The sentence that says why a reader's name was refused. */
export const NAME_PROBLEM_KEYS: Record<NameProblem, MessageKey> = {
  empty: 'readerNameEmpty',
  'too-long': 'readerNameTooLong',
  duplicate: 'readerNameDuplicate',
};

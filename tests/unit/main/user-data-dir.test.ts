import { describe, expect, it } from 'vitest';
import { userDataDirOverride } from '../../../src/main/user-data-dir';

describe('userDataDirOverride', () => {
  it.each([
    {
      case: 'development with the variable',
      isPackaged: false,
      dir: '/tmp/hamish-a',
      expected: '/tmp/hamish-a',
    },
    { case: 'development without it', isPackaged: false, dir: undefined, expected: null },
    { case: 'development with it empty', isPackaged: false, dir: '', expected: null },
    { case: 'an installed app with the variable', isPackaged: true, dir: '/tmp/hamish-a', expected: null },
    { case: 'an installed app without it', isPackaged: true, dir: undefined, expected: null },
  ])('$case → $expected', ({ isPackaged, dir, expected }) => {
    expect(userDataDirOverride(isPackaged, { HAMISH_USER_DATA_DIR: dir })).toBe(expected);
  });
});

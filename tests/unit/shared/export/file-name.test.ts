import { describe, expect, it } from 'vitest';
import { suggestedExportName } from '@shared/export/file-name';

describe('suggestedExportName', () => {
  it('keeps an Arabic title, replaces characters file systems refuse, adds the extension', () => {
    expect(suggestedExportName('ما هي مصالح الصين: 2022؟', 'md')).toBe('ما هي مصالح الصين_ 2022؟.md');
  });

  it('falls back to "hamish" when nothing of the title is usable', () => {
    expect(suggestedExportName('///', 'json')).toBe('hamish.json');
  });
});

import { describe, expect, it } from 'vitest';
import { messages } from '@renderer/i18n/catalog';
import { formatMessage } from '@renderer/i18n/messages';

const forms = {
  zero: 'لا شيء',
  one: 'واحد',
  two: 'اثنان',
  few: '{count} قليلة',
  many: '{count} كثيرة',
  other: '{count} أخرى',
};

describe('formatMessage', () => {
  it.each([
    [0, 'لا شيء'],
    [1, 'واحد'],
    [2, 'اثنان'],
    [3, '3 قليلة'],
    [10, '10 قليلة'],
    [11, '11 كثيرة'],
    [99, '99 كثيرة'],
    [100, '100 أخرى'],
    [1000, '1,000 أخرى'],
  ])('picks the Arabic plural form for %i', (count, expected) => {
    expect(formatMessage('ar', forms, { count })).toBe(expected);
  });

  it('uses English plural rules and fills named slots', () => {
    const english = { one: 'One {what}', other: '{count} {what}s' };
    expect(formatMessage('en', english, { count: 1, what: 'note' })).toBe('One note');
    expect(formatMessage('en', english, { count: 2, what: 'note' })).toBe('2 notes');
  });

  it('leaves an unknown slot visible rather than dropping text', () => {
    expect(formatMessage('en', 'Hello {name}')).toBe('Hello {name}');
  });
});

describe('the catalogues', () => {
  it('name the same keys in Arabic and English, none empty', () => {
    expect(Object.keys(messages.ar).sort()).toEqual(Object.keys(messages.en).sort());
    for (const language of ['ar', 'en'] as const) {
      for (const [key, message] of Object.entries(messages[language])) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('give Arabic plural messages every form Arabic needs', () => {
    for (const [key, message] of Object.entries(messages.ar)) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });
});

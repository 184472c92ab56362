import { defineMessages } from '../messages';

export const readerMessages = defineMessages(
  {
    articleLabel: 'نص المقال',
    source: 'المصدر: {name}',
    published: 'نُشر في {date}',
    relatedTitle: 'اقرأ أيضًا',
    relatedNote: 'عناوين مقالات ذات صلة ذكرها المصدر. نصوصها غير مضمّنة في هذه النسخة.',
    notIncluded: 'غير مضمّن',
  },
  {
    articleLabel: 'Article text',
    source: 'Source: {name}',
    published: 'Published {date}',
    relatedTitle: 'Read also',
    relatedNote: 'Related pieces the source lists. Their texts are not included in this edition.',
    notIncluded: 'not included',
  },
);

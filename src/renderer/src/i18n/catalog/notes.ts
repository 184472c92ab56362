import { defineMessages } from '../messages';

export const notesMessages = defineMessages(
  {
    noteToolbar: 'تنسيق الملاحظة',
    noteBold: 'غامق',
    noteItalic: 'مائل',
    noteBulletedList: 'قائمة نقطية',
    noteNumberedList: 'قائمة مرقّمة',
    noteQuote: 'اقتباس',
    noteUndo: 'تراجع',
    noteRedo: 'إعادة',
    notePlaceholder: 'اكتب ملاحظتك…',
  },
  {
    noteToolbar: 'Note formatting',
    noteBold: 'Bold',
    noteItalic: 'Italic',
    noteBulletedList: 'Bulleted list',
    noteNumberedList: 'Numbered list',
    noteQuote: 'Quote',
    noteUndo: 'Undo',
    noteRedo: 'Redo',
    notePlaceholder: 'Write your note…',
  },
);

import { defineMessages } from '../messages';

/** The library, importing and deleting documents. */
export const libraryMessages = defineMessages(
  {
    libraryIntroImport:
      'المقالات المضمّنة في هامش وما استوردته أنت. كلها محفوظة على هذا الجهاز وتعمل دون اتصال.',
    importButton: 'استورد ملفات…',
    importHint:
      'أو اسحب الملفات وأفلتها في أي مكان من النافذة. يقرأ هامش النصوص (txt) وMarkdown (md) وصفحات الويب المحفوظة (html أو mhtml) والكتب (epub)، حتى {limit} ميغابايت للملف.',
    dropHere: 'أفلت الملفات هنا لاستيرادها',
    librarySearch: 'ابحث في العناوين والمصادر',
    librarySort: 'الترتيب',
    sortTitle: 'العنوان',
    sortAdded: 'تاريخ الإضافة',
    sortOpened: 'آخر قراءة',
    libraryShown: {
      zero: 'لا شيء يطابق البحث',
      one: 'يظهر مستند واحد من {total}',
      two: 'يظهر مستندان من {total}',
      few: 'يظهر {count} مستندات من {total}',
      many: 'يظهر {count} مستندًا من {total}',
      other: 'يظهر {count} مستند من {total}',
    },
    cardHighlights: {
      zero: 'لا تظليلات',
      one: 'تظليل واحد',
      two: 'تظليلان',
      few: '{count} تظليلات',
      many: '{count} تظليلًا',
      other: '{count} تظليل',
    },
    cardNotes: {
      zero: 'لا ملاحظات',
      one: 'ملاحظة واحدة',
      two: 'ملاحظتان',
      few: '{count} ملاحظات',
      many: '{count} ملاحظة',
      other: '{count} ملاحظة',
    },
    cardOpened: 'آخر قراءة: {date}',
    cardNeverOpened: 'لم يُفتح بعد',
    cardAdded: 'أُضيف في {date}',
    cardBundled: 'مضمّن في هامش',
    languageName: 'اللغة: {name}',
    deleteDocument: 'احذف «{title}»',
    deleteConfirmTitle: 'حذف «{title}»؟',
    deleteConfirmBody: {
      zero: 'يُحذف المستند من المكتبة. تُحفظ قبل ذلك نسخة احتياطية منه ومن تظليلاته، ويمكنك التراجع خلال ثوانٍ.',
      one: 'يُحذف المستند ومعه تظليل واحد. تُحفظ قبل ذلك نسخة احتياطية منه ومن تظليلاته، ويمكنك التراجع خلال ثوانٍ.',
      two: 'يُحذف المستند ومعه تظليلان. تُحفظ قبل ذلك نسخة احتياطية منه ومن تظليلاته، ويمكنك التراجع خلال ثوانٍ.',
      few: 'يُحذف المستند ومعه {count} تظليلات. تُحفظ قبل ذلك نسخة احتياطية منه ومن تظليلاته، ويمكنك التراجع خلال ثوانٍ.',
      many: 'يُحذف المستند ومعه {count} تظليلًا. تُحفظ قبل ذلك نسخة احتياطية منه ومن تظليلاته، ويمكنك التراجع خلال ثوانٍ.',
      other:
        'يُحذف المستند ومعه {count} تظليل. تُحفظ قبل ذلك نسخة احتياطية منه ومن تظليلاته، ويمكنك التراجع خلال ثوانٍ.',
    },
    deleteConfirm: 'احذف',
    cancel: 'إلغاء',
    documentDeleted: 'حُذف «{title}».',
    documentRestored: 'أُعيد «{title}» إلى المكتبة.',
    undoDelete: 'تراجع',
    deleteBackupFailed:
      'لم يُحذف شيء: تعذّر حفظ النسخة الاحتياطية التي تسبق الحذف ({reason}). أفرغ بعض المساحة ثم أعد المحاولة.',
    deleteFailed: 'تعذّر الحذف، ولم يتغير شيء في المكتبة. أعد المحاولة.',
    undoDeleteFailed:
      'تعذّرت إعادة المستند. هو محفوظ في النسخة الاحتياطية التي سبقت الحذف: استعده من «نسخ احتياطي».',
    documentMissing: 'هذا المستند لم يعد في المكتبة، ربما لأنه حُذف. افتح المكتبة لاختيار غيره.',
    importPanelTitle: 'استيراد الملفات',
    importCount: '{done} من {total}',
    importClear: 'أخفِ ما انتهى',
    importWaiting: 'في الانتظار',
    importProgressOf: 'تقدّم استيراد {name}',
    importStageReading: 'يقرأ الملف…',
    importStageExtracting: 'يستخرج النص…',
    importStageSanitizing: 'ينظّف الصفحة من النصوص البرمجية والروابط…',
    importStageStructuring: 'يرتّب العناوين والفقرات…',
    importStageSaving: 'يحفظ في المكتبة…',
    importDone: 'أُضيف إلى المكتبة.',
    importDuplicate: 'موجود في المكتبة من قبل، فلم يُضف مرة ثانية.',
    importReplaced:
      'استُبدلت النسخة الجديدة بالقديمة. تظليلات وُجد موضعها: {reanchored}. تظليلات بلا موضع: {orphaned} (تجدها في آخر الهامش).',
    importOpen: 'افتح',
    importAskLabel: 'ماذا تفعل بـ {name}؟',
    importAsk: {
      zero: '«{title}» في المكتبة بنص مختلف. هل تستبدل هذه النسخة بها؟',
      one: '«{title}» في المكتبة بنص مختلف، وعليه تظليل واحد. هل تستبدل هذه النسخة بها؟ يبقى التظليل ويُبحث عن موضعه في النص الجديد.',
      two: '«{title}» في المكتبة بنص مختلف، وعليه تظليلان. هل تستبدل هذه النسخة بها؟ تبقى التظليلات ويُبحث عن مواضعها في النص الجديد.',
      few: '«{title}» في المكتبة بنص مختلف، وعليه {count} تظليلات. هل تستبدل هذه النسخة بها؟ تبقى التظليلات ويُبحث عن مواضعها في النص الجديد.',
      many: '«{title}» في المكتبة بنص مختلف، وعليه {count} تظليلًا. هل تستبدل هذه النسخة بها؟ تبقى التظليلات ويُبحث عن مواضعها في النص الجديد.',
      other:
        '«{title}» في المكتبة بنص مختلف، وعليه {count} تظليل. هل تستبدل هذه النسخة بها؟ تبقى التظليلات ويُبحث عن مواضعها في النص الجديد.',
    },
    importReplace: 'استبدل',
    importKeepBoth: 'احتفظ بالاثنين',
    importSkip: 'تخطَّ',
    importSkipped: 'لم يُستورد.',
    importRefusedType:
      'لم يُستورد: هامش لا يقرأ هذا النوع من الملفات. يقرأ النصوص (txt) وMarkdown (md) وصفحات الويب المحفوظة (html أو mhtml) والكتب (epub).',
    importRefusedTooLarge:
      'لم يُستورد: حجم الملف أكبر من {limit} ميغابايت، وهو أقصى ما يستورده هامش. احفظ المقال وحده أو قسّم الملف ثم أعد المحاولة.',
    importRefusedEmpty: 'لم يُستورد: الملف فارغ.',
    importRefusedEncoding:
      'لم يُستورد: تعذّر التعرف على ترميز النص. احفظ الملف بترميز UTF-8 ثم استورده مرة أخرى.',
    importRefusedNoText: 'لم يُستورد: لا نص مقروءًا في هذا الملف.',
    importRefusedDamaged: 'لم يُستورد: الملف تالف أو ليس من النوع الذي يدل عليه اسمه. جرّب نسخة أخرى منه.',
    importRefusedUnreadable:
      'لم يُستورد: تعذّرت قراءة الملف من القرص. تأكد أنه ما زال في مكانه وأن لديك إذنًا بفتحه، ثم أعد المحاولة.',
    importRefusedTimedOut:
      'لم يُستورد: استغرقت قراءة الملف وقتًا أطول بكثير مما يحتاجه ملف بهذا الحجم، فأُوقفت. ربما بُني الملف بطريقة غير معتادة؛ جرّب حفظه من جديد أو بصيغة أخرى.',
    importRefusedStorage:
      'لم يُستورد: تعذّر الحفظ، وربما امتلأ القرص. لم يتغير شيء في المكتبة؛ أفرغ بعض المساحة ثم أعد المحاولة.',
    relatedImport: 'استورد هذا المقال…',
    relatedImportLabel: 'استورد «{title}» من ملف',
    relatedNoteLibrary:
      'مقالات ذات صلة ذكرها المصدر. ما كان منها في مكتبتك صار رابطًا، ويمكنك استيراد غيره من ملف.',
  },
  {
    libraryIntroImport:
      'The documents bundled with Hamish and the ones you imported. All are stored on this device and work offline.',
    importButton: 'Import files…',
    importHint:
      'Or drag files onto the window and drop them anywhere. Hamish reads text (.txt), Markdown (.md), saved web pages (.html, .mhtml) and e-books (.epub), up to {limit} MB a file.',
    dropHere: 'Drop the files here to import them',
    librarySearch: 'Search titles and sources',
    librarySort: 'Sort by',
    sortTitle: 'Title',
    sortAdded: 'Date added',
    sortOpened: 'Last opened',
    libraryShown: {
      zero: 'Nothing matches the search',
      one: 'Showing 1 of {total} documents',
      other: 'Showing {count} of {total} documents',
    },
    cardHighlights: { zero: 'no highlights', one: '1 highlight', other: '{count} highlights' },
    cardNotes: { zero: 'no notes', one: '1 note', other: '{count} notes' },
    cardOpened: 'Last opened {date}',
    cardNeverOpened: 'Not opened yet',
    cardAdded: 'Added {date}',
    cardBundled: 'Bundled with Hamish',
    languageName: 'Language: {name}',
    deleteDocument: 'Delete “{title}”',
    deleteConfirmTitle: 'Delete “{title}”?',
    deleteConfirmBody: {
      zero: 'The document leaves the library. A backup of it and its highlights is saved first, and you can undo for a few seconds.',
      one: 'The document and its highlight leave the library. A backup of it and its highlights is saved first, and you can undo for a few seconds.',
      other:
        'The document and its {count} highlights leave the library. A backup of it and its highlights is saved first, and you can undo for a few seconds.',
    },
    deleteConfirm: 'Delete',
    cancel: 'Cancel',
    documentDeleted: 'Deleted “{title}”.',
    documentRestored: '“{title}” is back in the library.',
    undoDelete: 'Undo',
    deleteBackupFailed:
      'Nothing was deleted: the backup made before deleting could not be saved ({reason}). Free some space and try again.',
    deleteFailed: 'The document could not be deleted; the library is unchanged. Try again.',
    undoDeleteFailed:
      'The document could not be brought back. It is in the backup saved before deleting: restore it from Backup.',
    documentMissing:
      'This document is no longer in the library; it may have been deleted. Open the library to choose another.',
    importPanelTitle: 'Importing files',
    importCount: '{done} of {total}',
    importClear: 'Hide finished',
    importWaiting: 'Waiting',
    importProgressOf: 'Progress of importing {name}',
    importStageReading: 'Reading the file…',
    importStageExtracting: 'Extracting the text…',
    importStageSanitizing: 'Removing scripts and links from the page…',
    importStageStructuring: 'Arranging headings and paragraphs…',
    importStageSaving: 'Saving to the library…',
    importDone: 'Added to the library.',
    importDuplicate: 'Already in the library, so it was not added again.',
    importReplaced:
      'The new version replaced the old one. Highlights found again: {reanchored}. Highlights without a place: {orphaned} (at the end of the margin).',
    importOpen: 'Open',
    importAskLabel: 'What to do with {name}?',
    importAsk: {
      zero: '“{title}” is in the library with a different text. Replace it with this version?',
      one: '“{title}” is in the library with a different text and 1 highlight. Replace it with this version? The highlight stays and is found again in the new text.',
      other:
        '“{title}” is in the library with a different text and {count} highlights. Replace it with this version? The highlights stay and are found again in the new text.',
    },
    importReplace: 'Replace',
    importKeepBoth: 'Keep both',
    importSkip: 'Skip',
    importSkipped: 'Not imported.',
    importRefusedType:
      'Not imported: Hamish cannot read this kind of file. It reads text (.txt), Markdown (.md), saved web pages (.html, .mhtml) and e-books (.epub).',
    importRefusedTooLarge:
      'Not imported: the file is larger than {limit} MB, the most Hamish imports. Save only the article, or split the file, and try again.',
    importRefusedEmpty: 'Not imported: the file is empty.',
    importRefusedEncoding:
      'Not imported: its text encoding could not be recognised. Save the file as UTF-8 and import it again.',
    importRefusedNoText: 'Not imported: there is no readable text in this file.',
    importRefusedDamaged:
      'Not imported: the file is damaged or not what its name says. Try another copy of it.',
    importRefusedUnreadable:
      'Not imported: the file could not be read from the disk. Check that it is still there and that you may open it, then try again.',
    importRefusedTimedOut:
      'Not imported: reading the file took far longer than a file of its size should, so it was stopped. It may be built in an unusual way; try saving it again, or in another format.',
    importRefusedStorage:
      'Not imported: saving failed, perhaps because the disk is full. The library is unchanged; free some space and try again.',
    relatedImport: 'Import this piece…',
    relatedImportLabel: 'Import “{title}” from a file',
    relatedNoteLibrary:
      'Related pieces the source lists. Those in your library are links; you can import the others from a file.',
  },
);

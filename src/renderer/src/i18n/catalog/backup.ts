import { defineMessages } from '../messages';

/** Restore errors say what happened and what to do; `{path}` names the spot in the file. */
export const backupMessages = defineMessages(
  {
    backupIssueTooLarge:
      'الملف أكبر من 400 ميغابايت، وهذا أكبر مما تكتبه نسخة هامش الاحتياطية. تأكد أنك اخترت ملف النسخة الاحتياطية الصحيح.',
    backupIssueNotUtf8:
      'ترميز الملف ليس UTF-8 ولا UTF-16، فلم يُستعد شيء. ربما حفظه برنامج آخر بترميز مختلف: استعمل الملف الأصلي الذي حفظه هامش.',
    backupIssueEmpty: 'الملف فارغ. اختر ملف نسخة احتياطية حفظه هامش.',
    backupIssueNotJson:
      'هذا الملف ليس نسخة احتياطية من هامش (ليس بصيغة JSON). اختر الملف الذي ينتهي بـ ‎.json‎ وحفظه هامش.',
    backupIssueTruncated:
      'الملف مقطوع: انتهى قبل أن تكتمل البيانات، ربما لأن نسخه أو تنزيله لم يكتمل. انسخه مرة أخرى من مصدره ثم أعد المحاولة.',
    backupIssueNotABackup:
      'هذا ملف JSON لكنه ليس نسخة احتياطية من هامش. اختر ملفًا صدّره هامش من «نسخة احتياطية».',
    backupIssueFutureVersion: 'صنع هذه النسخة إصدار أحدث من هامش (صيغة {detail}). حدّث هامش ثم استعد الملف.',
    backupIssueTooManyAnnotations:
      'في الملف تظليلات أكثر مما يستطيع هامش استعادته مرة واحدة (200٬000). قسّم الملف أو راجع مصدره.',
    backupIssueInvalidField:
      'في الملف قيمة غير صالحة عند {path}، فلم يُستعد شيء. ربما عُدّل الملف يدويًا: استعمل نسخة أصلية.',
    backupIssueDuplicateId:
      'يتكرر تظليل واحد مرتين في الملف (عند {path})، فلم يُستعد شيء. استعمل نسخة أصلية لم تُعدّل.',
    backupIssueSelectorOutOfRange:
      'يشير تظليل في الملف إلى موضع خارج نص المقال (عند {path})، فلم يُستعد شيء. ربما صُنع الملف لنص مختلف.',
    restoreConflictTag: 'تعارض',
    restoreClampedFuture: 'بتاريخ تعديل في المستقبل (صار تاريخها وقت الاستعادة): {count}',
    restoreDocumentsAdded: 'مستندات مستوردة تعود إلى المكتبة: {count}',
    restoreDocumentsHeld: 'مستندات نصها في مكتبتك من قبل، فتنضم تظليلاتها إليها: {count}',
    restoreClassroom:
      'سجلات الصف في الملف: قرّاء {readers}، حزم قراءة {packs}، ملفات إجابات {answers}، علامات {marks}',
    restoreClassroomWritten: 'سجلات صف جديدة على مكتبتك أو أحدث مما فيها: {count}',
    restorePacksChangedBoth:
      'حزم قراءة تغيّرت هنا وفي النسخة كلتيهما (تبقى نسختك، والأخرى باقية في ملف النسخة): {count}',
    restoreStudentCopiesSkipped: 'نسخ طلاب من حزم تعدّها أنت (تبقى حزمتك كما هي): {count}',
    restoreClassroomDone: 'سجلات صف استُعيدت: {count}.',
    restoreSafetyFailed:
      'لم نستطع حفظ نسخة الأمان التي نأخذها قبل كل استعادة ({reason})، فلم نغيّر شيئًا. احفظ نسخة احتياطية في ملف أولًا ثم استعد، أو استعد دون نسخة أمان.',
    restoreSaveFirst: 'احفظ نسخة في ملف ثم استعد',
    restoreWithoutSafety: 'استعد دون نسخة أمان',
  },
  {
    backupIssueTooLarge:
      'The file is larger than 400 MB, more than any Hamish backup. Check that you chose the right backup file.',
    backupIssueNotUtf8:
      'The file’s text encoding is neither UTF-8 nor UTF-16, so nothing was restored. Another program may have saved it in another encoding: use the original file that Hamish saved.',
    backupIssueEmpty: 'The file is empty. Choose a backup file saved by Hamish.',
    backupIssueNotJson:
      'This file is not a Hamish backup (it is not JSON). Choose the .json file that Hamish saved.',
    backupIssueTruncated:
      'The file is cut short: it ends before its data does, perhaps because a copy or download did not finish. Copy it again from where it came from and retry.',
    backupIssueNotABackup:
      'This is a JSON file but not a Hamish backup. Choose a file exported from Hamish with “Back up”.',
    backupIssueFutureVersion:
      'A newer version of Hamish made this backup (format {detail}). Update Hamish, then restore the file.',
    backupIssueTooManyAnnotations:
      'The file holds more annotations than Hamish restores at once (200,000). Split the file or check where it came from.',
    backupIssueInvalidField:
      'The file has an invalid value at {path}, so nothing was restored. It may have been edited by hand: use an original backup.',
    backupIssueDuplicateId:
      'One annotation appears twice in the file (at {path}), so nothing was restored. Use an original, unedited backup.',
    backupIssueSelectorOutOfRange:
      'An annotation in the file points outside the article’s text (at {path}), so nothing was restored. The file may have been made for a different text.',
    restoreConflictTag: 'conflict',
    restoreClampedFuture: 'Dated in the future (their date becomes the time of this restore): {count}',
    restoreDocumentsAdded: 'Imported documents coming back to the library: {count}',
    restoreDocumentsHeld:
      'Documents whose text your library already holds, their highlights joining it: {count}',
    restoreClassroom:
      'Classroom records in the file: {readers} readers, {packs} reading packs, {answers} answer files, {marks} marks',
    restoreClassroomWritten: 'Classroom records new to your library or newer than its own: {count}',
    restorePacksChangedBoth:
      'Reading packs changed both here and in the backup (yours stays; the other stays in the backup file): {count}',
    restoreStudentCopiesSkipped: 'Students’ copies of packs you prepare (your pack stays as it is): {count}',
    restoreClassroomDone: 'Classroom records restored: {count}.',
    restoreSafetyFailed:
      'The safety backup Hamish takes before every restore could not be saved ({reason}), so nothing was changed. Save a backup to a file first and then restore, or restore without a safety backup.',
    restoreSaveFirst: 'Save a backup file, then restore',
    restoreWithoutSafety: 'Restore without a safety backup',
  },
);

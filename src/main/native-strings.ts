import type { UiLanguage } from '@shared/platform/platform-contract';

/** The main process's own catalogue: native menus and dialogs follow the reader's UI language. */
const en = {
  fileMenu: 'File',
  close: 'Close Window',
  quit: 'Quit Hamish',
  editMenu: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  viewMenu: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  toggleFullScreen: 'Toggle Full Screen',
  toggleDevTools: 'Developer Tools',
  helpMenu: 'Help',
  about: 'About Hamish',
  saveDialogTitle: 'Save a copy',
  markdownFiles: 'Markdown files',
  jsonFiles: 'JSON files',
  textFiles: 'Text files',
  pdfFiles: 'PDF documents',
  allFiles: 'All files',
};

export type NativeStrings = typeof en;

const ar: NativeStrings = {
  fileMenu: 'ملف',
  close: 'إغلاق النافذة',
  quit: 'إنهاء هامش',
  editMenu: 'تحرير',
  undo: 'تراجع',
  redo: 'إعادة',
  cut: 'قص',
  copy: 'نسخ',
  paste: 'لصق',
  selectAll: 'تحديد الكل',
  viewMenu: 'عرض',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  resetZoom: 'الحجم الفعلي',
  toggleFullScreen: 'ملء الشاشة',
  toggleDevTools: 'أدوات المطوّر',
  helpMenu: 'مساعدة',
  about: 'عن هامش',
  saveDialogTitle: 'حفظ نسخة',
  markdownFiles: 'ملفات Markdown',
  jsonFiles: 'ملفات JSON',
  textFiles: 'ملفات نصية',
  pdfFiles: 'مستندات PDF',
  allFiles: 'كل الملفات',
};

export const nativeStrings: Record<UiLanguage, NativeStrings> = { ar, en };

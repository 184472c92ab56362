import type { HighlightColor } from '../annotations/annotation-model';

export type ExportLanguage = 'ar' | 'en';

export interface ExportLabels {
  colour: string;
  tags: string;
  location: string;
  section: string;
  paragraph: string;
  introduction: string;
  orphaned: string;
  openInHamish: string;
  source: string;
  browserEdition: string;
  colours: Record<HighlightColor, string>;
}

/**
 * The words an exported file carries. They live beside the exporter (not in the renderer's catalogs)
 * because export is pure shared code that also runs where no UI is loaded.
 */
export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = {
  ar: {
    colour: 'اللون',
    tags: 'الوسوم',
    location: 'الموضع',
    section: 'القسم',
    paragraph: 'الفقرة',
    introduction: 'مقدمة',
    orphaned: 'تعليقات فقدت موضعها',
    openInHamish: 'افتح في هامش',
    source: 'المصدر',
    browserEdition: 'افتح في نسخة المتصفح',
    colours: { yellow: 'أصفر', green: 'أخضر', blue: 'أزرق', pink: 'وردي', purple: 'بنفسجي' },
  },
  en: {
    colour: 'Colour',
    tags: 'Tags',
    location: 'Location',
    section: 'Section',
    paragraph: 'Paragraph',
    introduction: 'Introduction',
    orphaned: 'Orphaned annotations',
    openInHamish: 'Open in Hamish',
    source: 'Source',
    browserEdition: 'Open in the browser edition',
    colours: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
  },
};

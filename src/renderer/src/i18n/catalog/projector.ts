import { defineMessages } from '../messages';

/** Projector mode (classroom/projector/) and its entries in the reading controls and the keyboard map. */
export const projectorMessages = defineMessages(
  {
    projectorOpen: 'وضع العرض للصف',
    projectorEntered:
      'وضع العرض: الفقرة {current} من {count}. تنقّل بالأسهم أو Page Down وPage Up، وEsc للخروج.',
    projectorPosition: 'الفقرة {current} من {count}',
    projectorControls: 'أدوات وضع العرض',
    projectorPrevious: 'الفقرة السابقة',
    projectorNext: 'الفقرة التالية',
    projectorHeat: 'خريطة التظليل',
    projectorExit: 'اخرج (Esc)',
    projectorLayers: 'الصف وهذه الفقرة',
    projectorQuestions: 'أسئلة هذه الفقرة',
    projectorHeatValue: {
      zero: 'لم يظلّلها أحد من الطلاب',
      one: 'ظلّلها طالب واحد',
      two: 'ظلّلها طالبان',
      few: 'ظلّلها {count} طلاب',
      many: 'ظلّلها {count} طالبًا',
      other: 'ظلّلها {count} طالب',
    },
    keysProjector: 'وضع العرض للصف: خط كبير وفقرة واحدة في البؤرة',
    keysProjectorNext: 'في وضع العرض: الفقرة التالية (وكذلك السهم في اتجاه القراءة: ← في العربية)',
    keysProjectorPrevious: 'في وضع العرض: الفقرة السابقة',
    keysProjectorEnds: 'في وضع العرض: الفقرة الأولى أو الأخيرة',
    keysProjectorHeat: 'في وضع العرض: أظهر خريطة تظليل الصف أو أخفها',
  },
  {
    projectorOpen: 'Projector mode',
    projectorEntered:
      'Projector mode: paragraph {current} of {count}. Move with the arrows or Page Down and Page Up; Esc leaves.',
    projectorPosition: 'Paragraph {current} of {count}',
    projectorControls: 'Projector controls',
    projectorPrevious: 'Previous paragraph',
    projectorNext: 'Next paragraph',
    projectorHeat: 'Heatmap',
    projectorExit: 'Leave (Esc)',
    projectorLayers: 'The class on this paragraph',
    projectorQuestions: 'Questions on this paragraph',
    projectorHeatValue: {
      one: 'One student highlighted it',
      other: '{count} students highlighted it',
    },
    keysProjector: 'Projector mode: large type, one paragraph in focus',
    keysProjectorNext:
      'In projector mode: next paragraph (also the arrow in the reading direction: → in English)',
    keysProjectorPrevious: 'In projector mode: previous paragraph',
    keysProjectorEnds: 'In projector mode: first or last paragraph',
    keysProjectorHeat: 'In projector mode: show or hide the class heatmap',
  },
);

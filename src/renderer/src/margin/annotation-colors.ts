import type { HighlightColor } from '@shared/annotations/annotation-model';
import type { MessageKey } from '../i18n/catalog';

export const COLOR_NAME_KEYS: Record<HighlightColor, MessageKey> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
};

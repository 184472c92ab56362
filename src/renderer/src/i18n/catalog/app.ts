import { defineMessages } from '../messages';

export const appMessages = defineMessages(
  {
    appName: 'هامش',
    loading: 'جارٍ التحميل…',
    languageSwitch: 'English',
    languageSwitchLabel: 'Switch the interface to English',
  },
  {
    appName: 'Hamish',
    loading: 'Loading…',
    languageSwitch: 'العربية',
    languageSwitchLabel: 'حوّل الواجهة إلى العربية',
  },
);

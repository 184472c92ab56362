import { useEffect, useState } from 'react';
import { Dialog } from '../export/Dialog';
import type { MessageKey } from '../i18n/catalog';
import { useI18n } from '../i18n/I18nProvider';
import { useColorSettings } from '../settings/color-settings';
import { COLOR_ORDER, keyLabel, type LayoutMap } from './reader-shortcuts';

type KeyboardApi = { getLayoutMap?: () => Promise<LayoutMap> };

/** The reader's keyboard layout (what each physical key types), where the browser tells it; else null. */
export function useKeyboardLayout(): LayoutMap | null {
  const [layout, setLayout] = useState<LayoutMap | null>(null);
  useEffect(() => {
    // Chromium only, and only in a secure context outside cross-origin frames: otherwise Latin labels.
    const keyboard = (navigator as Navigator & { keyboard?: KeyboardApi }).keyboard;
    let live = true;
    keyboard
      ?.getLayoutMap?.()
      .then((map) => live && setLayout(map))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return layout;
}

const COLOR_NAMES = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
} as const satisfies Record<(typeof COLOR_ORDER)[number], MessageKey>;

const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

/** Key combinations, alternatives separated by a slash: [['Enter'], ['Shift', 'Enter']]. */
function Keys({ combos }: { combos: string[][] }) {
  return (
    <span className="keys" dir="ltr">
      {combos.map((combo, i) => (
        <span key={combo.join('+')}>
          {i > 0 && ' / '}
          {combo.map((key, k) => (
            <span key={key}>
              {k > 0 && '+'}
              <kbd>{key}</kbd>
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

/** Every shortcut of the reader, its keys labelled as the reader's layout prints them. */
export function KeyboardMapDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const layout = useKeyboardLayout();
  const { meanings } = useColorSettings();
  const mod = isApple ? '⌘' : 'Ctrl';
  const rows: [string[][], string][] = [
    [[[keyLabel('KeyH', layout)]], t('keysHighlight')],
    [[[keyLabel('KeyN', layout)]], t('keysNote')],
    ...COLOR_ORDER.map((color, i): [string[][], string] => [
      [[keyLabel(`Digit${i + 1}`, layout)]],
      meanings[color]
        ? t('keysColorMeaning', { color: t(COLOR_NAMES[color]), meaning: meanings[color] })
        : t('keysColor', { color: t(COLOR_NAMES[color]) }),
    ]),
    [[['Esc']], t('keysClear')],
    [[[mod, keyLabel('KeyF', layout)]], t('keysFind')],
    [[['Enter'], ['Shift', 'Enter']], t('keysFindStep')],
    [[['Shift', '← → ↑ ↓']], t('keysSelect')],
    [[['↑'], ['↓']], t('keysMargin')],
    [[[mod, keyLabel('KeyZ', layout)]], t('keysUndo')],
    [[[keyLabel('KeyP', layout)]], t('keysProjector')],
    [[['↓'], ['PageDown'], ['Space']], t('keysProjectorNext')],
    [[['↑'], ['PageUp'], ['Shift', 'Space']], t('keysProjectorPrevious')],
    [[['Home'], ['End']], t('keysProjectorEnds')],
    [[[keyLabel('KeyM', layout)]], t('keysProjectorHeat')],
    [[['?']], t('keysHelp')],
  ];
  return (
    <Dialog title={t('keysTitle')} onClose={onClose}>
      <div className="dialog-body keyboard-map">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('keysKey')}</th>
              <th scope="col">{t('keysAction')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([keys, action]) => (
              <tr key={action}>
                <td>
                  <Keys combos={keys} />
                </td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="dialog-note">{t('keysLayoutNote')}</p>
      </div>
    </Dialog>
  );
}

import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  mergeRegister,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
} from 'lexical';
import { useEffect, useState, type JSX, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';
import {
  BoldIcon,
  BulletedListIcon,
  ItalicIcon,
  NumberedListIcon,
  QuoteIcon,
  RedoIcon,
  UndoIcon,
} from './note-toolbar-icons';

type BlockKind = 'paragraph' | 'bullet' | 'number' | 'quote';

interface SelectionFormat {
  bold: boolean;
  italic: boolean;
  block: BlockKind;
}

const NO_SELECTION: SelectionFormat = { bold: false, italic: false, block: 'paragraph' };

function $readSelectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_SELECTION;
  const anchor = selection.anchor.getNode();
  const list = $isListNode(anchor) ? anchor : $getNearestNodeOfType(anchor, ListNode);
  let block: BlockKind = 'paragraph';
  if (list) {
    const type = list.getListType();
    if (type === 'bullet' || type === 'number') block = type;
  } else if ($isQuoteNode(anchor.getTopLevelElement())) {
    block = 'quote';
  }
  return { bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), block };
}

function sameFormat(a: SelectionFormat, b: SelectionFormat): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.block === b.block;
}

interface ToolbarButton {
  label: MessageKey;
  icon: ReactNode;
  run: () => void;
  pressed?: boolean;
  disabled?: boolean;
  /** Starts a group set apart from the buttons before it. */
  apart?: boolean;
}

/** WAI-ARIA toolbar: one tab stop, arrows move along it in reading direction, Home/End jump. */
function nextIndex(key: string, current: number, count: number, dir: 'rtl' | 'ltr'): number | null {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (current + 1) % count;
  if (key === backward) return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function NoteToolbar({ controls }: { controls: string }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t, dir } = useI18n();
  const [format, setFormat] = useState<SelectionFormat>(NO_SELECTION);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);

  useEffect(() => {
    const refresh = () => {
      const next = editor.getEditorState().read($readSelectionFormat);
      setFormat((previous) => (sameFormat(previous, next) ? previous : next));
    };
    return mergeRegister(
      editor.registerUpdateListener(refresh),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          refresh();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (payload) => {
          setCanUndo(payload);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (payload) => {
          setCanRedo(payload);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  // Formatting returns the caret to the text, so keyboard users can type on in the new format.
  const thenFocusText = (action: () => void) => () => {
    action();
    editor.focus();
  };
  const toggleList = (type: 'bullet' | 'number') =>
    thenFocusText(() => {
      if (format.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      else if (type === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      else editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    });
  const toggleQuote = thenFocusText(() =>
    editor.update(() => {
      const makeBlock = (): ElementNode =>
        format.block === 'quote' ? $createParagraphNode() : $createQuoteNode();
      $setBlocksType($getSelection(), makeBlock);
    }),
  );

  const buttons: ToolbarButton[] = [
    {
      label: 'noteBold',
      icon: <BoldIcon />,
      pressed: format.bold,
      run: thenFocusText(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')),
    },
    {
      label: 'noteItalic',
      icon: <ItalicIcon />,
      pressed: format.italic,
      run: thenFocusText(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')),
    },
    {
      label: 'noteBulletedList',
      icon: <BulletedListIcon />,
      pressed: format.block === 'bullet',
      run: toggleList('bullet'),
    },
    {
      label: 'noteNumberedList',
      icon: <NumberedListIcon />,
      pressed: format.block === 'number',
      run: toggleList('number'),
    },
    { label: 'noteQuote', icon: <QuoteIcon />, pressed: format.block === 'quote', run: toggleQuote },
    {
      label: 'noteUndo',
      icon: <UndoIcon />,
      apart: true,
      disabled: !canUndo,
      run: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
    },
    {
      label: 'noteRedo',
      icon: <RedoIcon />,
      disabled: !canRedo,
      run: () => editor.dispatchCommand(REDO_COMMAND, undefined),
    },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextIndex(event.key, activeIndex, buttons.length, dir);
    if (next === null) return;
    event.preventDefault();
    event.currentTarget.querySelectorAll('button')[next]?.focus();
  };

  return (
    <div
      className="note-toolbar"
      role="toolbar"
      aria-label={t('noteToolbar')}
      aria-controls={controls}
      onKeyDown={onKeyDown}
    >
      {buttons.map((button, index) => (
        <button
          key={button.label}
          type="button"
          className={
            button.apart ? 'note-toolbar__button note-toolbar__button--apart' : 'note-toolbar__button'
          }
          aria-label={t(button.label)}
          title={t(button.label)}
          aria-pressed={button.pressed}
          // aria-disabled, not disabled: a button that greys out under the keyboard focus keeps it.
          aria-disabled={button.disabled || undefined}
          tabIndex={index === activeIndex ? 0 : -1}
          onFocus={() => setActiveIndex(index)}
          // Pointer clicks leave focus and the caret in the text.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.disabled ? undefined : button.run}
        >
          {button.icon}
        </button>
      ))}
    </div>
  );
}

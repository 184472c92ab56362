import type { JSX, ReactNode } from 'react';

/** Icons carry no text of their own: the button's aria-label names them in the reader's language. */
function Icon({
  children,
  mirrorInRtl = false,
}: {
  children: ReactNode;
  mirrorInRtl?: boolean;
}): JSX.Element {
  return (
    <svg
      className={mirrorInRtl ? 'note-icon note-icon--mirror-rtl' : 'note-icon'}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const BoldIcon = () => (
  <Icon>
    <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z" strokeWidth="2.5" />
  </Icon>
);

export const ItalicIcon = () => (
  <Icon>
    <path d="M11 5h7M6 19h7M15 5 9 19" />
  </Icon>
);

export const BulletedListIcon = () => (
  <Icon mirrorInRtl>
    <path d="M10 7h10M10 12h10M10 17h10" />
    <circle cx="5" cy="7" r="1.2" fill="currentColor" />
    <circle cx="5" cy="12" r="1.2" fill="currentColor" />
    <circle cx="5" cy="17" r="1.2" fill="currentColor" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon mirrorInRtl>
    <path
      d="M10 7h10M10 12h10M10 17h10M4 5.5 5.5 4.5v5M3.5 14.5c.5-.8 2.5-.8 2.5.4 0 1-2.5 1.6-2.5 3.1H6"
      strokeWidth="1.5"
    />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon mirrorInRtl>
    <path d="M5 5v14M10 8h9M10 12h9M10 16h6" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon mirrorInRtl>
    <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon mirrorInRtl>
    <path d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);

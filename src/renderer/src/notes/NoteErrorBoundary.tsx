import { Component, type ReactNode } from 'react';

/** A note whose stored editor state Lexical cannot load is shown as its plain text, never lost or rewritten. */
export class NoteErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A stored note could not be opened in the editor', error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

import { useEffect, useState } from 'react';
import type { Annotation } from '@shared/annotations/annotation-model';
import type { AnnotationEditSession } from '../storage/edit-session';
import { editSessionFor, retainEditSession } from '../storage/edit-sessions';

/** The edit session of an annotation while its editor is open; it learns of every newer stored version. */
export function useEditSession(annotation: Annotation): AnnotationEditSession {
  // In the first render, so the editor mounts (and takes the focus) at once: a reader types right after N.
  const [session] = useState(() => editSessionFor(annotation));
  useEffect(() => {
    const release = retainEditSession(session);
    return () => void release().catch(() => undefined);
  }, [session]);
  useEffect(() => session.observe(annotation), [session, annotation]);
  return session;
}

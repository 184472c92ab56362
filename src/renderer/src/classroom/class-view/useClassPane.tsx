import { lazy, Suspense, useMemo, type RefObject } from 'react';
import type { ArticleDocument } from '@shared/document/document-model';
import { useI18n } from '../../i18n/I18nProvider';
import type { MarginPane } from '../../margin/MarginSidebar';
import type { StoredPack } from '../../storage/db';

// The class view loads when a teacher opens its tab: it plays no part in showing the article.
const ClassView = lazy(() => import('./ClassView').then((module) => ({ default: module.ClassView })));

export const CLASS_PANE_ID = 'class';

/**
 * The margin's "Class answers" tab, on a document whose reading pack was prepared here; null elsewhere.
 * Given the document's pack as the reader already reads it (usePackFor), not read a second time.
 */
export function useClassPane(
  document: ArticleDocument,
  articleRef: RefObject<HTMLElement | null>,
  stored: StoredPack | null | undefined,
): MarginPane | null {
  const { t } = useI18n();
  const pack = stored?.role === 'author' ? stored : null;
  const label = t('classOpen');
  return useMemo(
    () =>
      pack
        ? {
            id: CLASS_PANE_ID,
            label,
            content: (
              <Suspense fallback={null}>
                <ClassView pack={pack} document={document} articleRef={articleRef} />
              </Suspense>
            ),
          }
        : null,
    [articleRef, document, label, pack],
  );
}

import { useCallback, useState, type ReactNode } from 'react';
import type { ArticleDocument } from '@shared/document/document-model';
import { useI18n } from '../../i18n/I18nProvider';
import { COLOR_NAME_KEYS } from '../../margin/annotation-colors';
import { clampQuote } from '../../margin/quote-preview';
import type { TextMap } from '../../reader/dom-text-map';
import { useOtherReadersLayers, useShownLayers, type ShownLayer } from '../../reader/useDocumentAnnotations';
import type { ReaderLayer } from './reader-roster';
import { useLayerPainting } from './useLayerPainting';
import './readers.css';

/**
 * Other readers' layers on the open document: which are shown (painted in the article, listed read-only
 * in the panel). The panel is null while no other reader annotated the document.
 */
export function useReaderLayers(document: ArticleDocument, textMap: TextMap | null): { panel: ReactNode } {
  const layers = useOtherReadersLayers(document);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((readerId: string) => {
    setShown((was) => {
      const next = new Set(was);
      if (!next.delete(readerId)) next.add(readerId);
      return next;
    });
  }, []);
  const shownLayers = useShownLayers(document, layers, shown);
  useLayerPainting(textMap, shownLayers);
  return {
    panel:
      layers.length === 0 ? null : (
        <LayersPanel
          layers={layers}
          shown={shownLayers}
          textDir={document.manifest.direction}
          onToggle={toggle}
        />
      ),
  };
}

function LayersPanel({
  layers,
  shown,
  textDir,
  onToggle,
}: {
  layers: readonly ReaderLayer[];
  shown: readonly ShownLayer[];
  textDir: 'rtl' | 'ltr';
  onToggle: (readerId: string) => void;
}) {
  const { t } = useI18n();
  const shownById = new Map(shown.map((layer) => [layer.readerId, layer]));
  return (
    <details className="reader-layers">
      <summary>{t('layersTitle')}</summary>
      <p className="reader-layers-hint">{t('layersHint')}</p>
      <fieldset>
        <legend className="visually-hidden">{t('layersTitle')}</legend>
        {layers.map((layer) => {
          const open = shownById.get(layer.readerId);
          return (
            <div key={layer.readerId}>
              <label className="reader-layer-toggle">
                <input
                  type="checkbox"
                  checked={open !== undefined}
                  onChange={() => onToggle(layer.readerId)}
                />
                <bdi>{layer.name}</bdi> — {t('layerCount', { count: layer.annotations.length })}
              </label>
              {open && <LayerList layer={open} textDir={textDir} />}
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}

/** A shown layer's annotations as text, in reading order: read-only, no edit or delete. */
function LayerList({ layer, textDir }: { layer: ShownLayer; textDir: 'rtl' | 'ltr' }) {
  const { t } = useI18n();
  return (
    <ul className="reader-layer-list" aria-label={t('layerListLabel', { name: layer.name })}>
      {layer.items.map(({ annotation }) => (
        <li key={annotation.id} data-layer-annotation={annotation.id}>
          <span className="visually-hidden">{t(COLOR_NAME_KEYS[annotation.color])}: </span>
          <span className="reader-layer-quote" dir={textDir} data-color={annotation.color}>
            {clampQuote(annotation.target.selector[0].exact, 120)}
          </span>
          {annotation.note.text.trim() !== '' && (
            <p className="reader-layer-note" dir="auto">
              {annotation.note.text}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

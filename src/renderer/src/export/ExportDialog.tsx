import { useMemo, useState } from 'react';
import { DEFAULT_READER, HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import {
  exportDocumentMarkdown,
  exportLibraryMarkdown,
  selectForExport,
  type MarkdownExportOptions,
} from '@shared/export/markdown-export';
import { CITATION_FORMATS, type CitationFormat } from '@shared/export/citation';
import { suggestedExportName } from '@shared/export/file-name';
import { COLOR_NAME_KEYS } from '../margin/annotation-colors';
import { getDb } from '../storage/db';
import { READER_NAME_MAX, useSettings, writeSetting } from '../storage/settings-store';
import { useSigningName } from '../classroom/readers/useSigningName';
import { useReaders } from '../storage/reader-store';
import { useAnnounce } from '../margin/Announcer';
import { tagsOf } from '../margin/margin-filter';
import { useI18n } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformProvider';
import { Dialog, DialogStatus, type DialogStatusMessage, type DocumentDialogProps } from './Dialog';
import { libraryAnnotations } from './export-sources';
import { useDocumentLibrary } from '../library/LibraryProvider';

const MARKDOWN = 'text/markdown;charset=utf-8';

const CITATION_LABELS = {
  plain: 'citationPlain',
  markdown: 'citationMarkdown',
  bibtex: 'citationBibtex',
} as const satisfies Record<CitationFormat, string>;

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

export function ExportDialog({ document, items, meanings, onClose }: DocumentDialogProps) {
  const { t, language } = useI18n();
  const platform = usePlatform();
  const library = useDocumentLibrary();
  const announce = useAnnounce();
  const [scope, setScope] = useState<MarkdownExportOptions['scope']>('all');
  const [colors, setColors] = useState<ReadonlySet<HighlightColor>>(new Set(HIGHLIGHT_COLORS));
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set());
  const [includeOrphans, setIncludeOrphans] = useState(true);
  const [browserLinks, setBrowserLinks] = useState(false);
  const { citationFormat } = useSettings();
  // Signed with the current reader's name (useSigningName.ts); the field renames that reader.
  const signing = useSigningName();
  const readerId = useReaders()?.current.id ?? DEFAULT_READER.id;
  const storedName = signing.name;
  // What the reader is typing; the stored name until they type.
  const [typedName, setTypedName] = useState<string | null>(null);
  const readerName = typedName ?? storedName;
  const [range, setRange] = useState<'document' | 'library'>('document');
  const [status, setStatus] = useState<DialogStatusMessage | null>(null);

  const allTags = useMemo(() => tagsOf(items), [items]);
  const options: MarkdownExportOptions = { scope, colors: [...colors], tags: [...tags], includeOrphans };
  // The reader has anchored these already: the export uses the same places, not a second pass.
  const current = useMemo(() => ({ document, items }), [document, items]);
  const count = range === 'document' ? selectForExport(current, options).length : null;

  const markdown = async (): Promise<{ text: string; name: string }> => {
    const settings = {
      colorMeanings: meanings,
      language,
      browserLinks,
      readerName,
      exportedAt: new Date(),
      options,
    };
    if (range === 'document') {
      return {
        text: exportDocumentMarkdown({ ...current, ...settings }),
        name: suggestedExportName(document.title, 'md'),
      };
    }
    // The reader's own highlights and notes, as the document export has them: not a classmate's, not pack answers.
    const documents = await libraryAnnotations(
      library,
      getDb(),
      (annotation) => annotation.author.id === readerId && annotation.replyTo === undefined,
    );
    return {
      text: exportLibraryMarkdown({ documents, ...settings }),
      name: suggestedExportName(t('appName'), 'md'),
    };
  };

  const run = async (action: 'save' | 'copy') => {
    try {
      const { text, name } = await markdown();
      if (action === 'copy') {
        await navigator.clipboard.writeText(text);
        setStatus({ text: t('exportCopied') });
        announce(t('exportCopied'));
        return;
      }
      const result = await platform.saveFile({ suggestedName: name, mimeType: MARKDOWN, content: text });
      if (result.status === 'saved') setStatus({ text: t('exportSaved', { path: result.path }) });
    } catch (error) {
      setStatus({
        text: t('exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
        error: true,
      });
    }
  };

  return (
    <Dialog title={t('exportTitle')} onClose={onClose}>
      <form className="dialog-body" onSubmit={(event) => event.preventDefault()}>
        <RadioFieldset
          name="range"
          legend={t('exportWhat')}
          value={range}
          onChange={setRange}
          options={[
            ['document', t('exportThisDocument')],
            ['library', t('exportLibrary')],
          ]}
        />
        <RadioFieldset
          name="scope"
          legend={t('exportScope')}
          value={scope}
          onChange={setScope}
          options={[
            ['all', t('exportScopeAll')],
            ['notes', t('exportScopeNotes')],
          ]}
        />
        <fieldset>
          <legend>{t('exportColors')}</legend>
          <div className="choice-row">
            {HIGHLIGHT_COLORS.map((color) => (
              <label key={color} className="choice-chip">
                <input
                  type="checkbox"
                  checked={colors.has(color)}
                  onChange={() => setColors(toggled(colors, color))}
                />
                <span className={`dot dot-${color}`} aria-hidden="true" />
                <span dir="auto">{meanings[color] || t(COLOR_NAME_KEYS[color])}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {allTags.length > 0 && (
          <fieldset>
            <legend>{t('exportTags')}</legend>
            <div className="choice-row">
              {allTags.map((tag) => (
                <label key={tag} className="choice-chip">
                  <input
                    type="checkbox"
                    checked={tags.has(tag)}
                    onChange={() => setTags(toggled(tags, tag))}
                  />
                  <span dir="auto">#{tag}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <label>
          <input
            type="checkbox"
            checked={includeOrphans}
            onChange={(event) => setIncludeOrphans(event.target.checked)}
          />
          {t('exportOrphans')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={browserLinks}
            onChange={(event) => setBrowserLinks(event.target.checked)}
          />
          {t('exportBrowserLinks')}
        </label>
        <label>
          {t('exportReaderName')}
          <input
            type="text"
            className="text-input"
            dir="auto"
            autoComplete="name"
            maxLength={READER_NAME_MAX}
            value={readerName}
            onChange={(event) => setTypedName(event.target.value)}
            onBlur={() =>
              void signing.save(readerName).then((refusal) => {
                if (refusal === null) return;
                setTypedName(null);
                setStatus({ text: refusal, error: true });
              })
            }
          />
        </label>
        <label>
          {t('citationFormat')}
          <select
            className="text-input"
            value={citationFormat}
            onChange={(event) => void writeSetting('citationFormat', event.target.value as CitationFormat)}
          >
            {CITATION_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(CITATION_LABELS[format])}
              </option>
            ))}
          </select>
        </label>
        {count !== null && (
          <p className="dialog-note" aria-live="polite">
            {t('exportCount', { count })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={() => void run('save')}>
            {t('exportSave')}
          </button>
          <button type="button" className="button" onClick={() => void run('copy')}>
            {t('exportCopy')}
          </button>
        </div>
        <DialogStatus status={status} />
      </form>
    </Dialog>
  );
}

function RadioFieldset<T extends string>({
  name,
  legend,
  value,
  onChange,
  options,
}: {
  name: string;
  legend: string;
  value: T;
  onChange: (value: T) => void;
  options: [T, string][];
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { normalizeTag } from './margin-filter';

/** Tags in any script; Enter or a comma adds one, suggestions come from every tag already used. */
export function TagEditor({
  tags,
  suggestions,
  onChange,
  onDraft,
}: {
  tags: string[];
  suggestions: string[];
  onChange: (tags: string[]) => void;
  /** The tags the field would make if left now (its draft added), or null with no draft: journaled. */
  onDraft?: (tags: string[] | null) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  // Local until the store answers: two quick additions must both land, not overwrite each other.
  const [local, setLocal] = useState(tags);
  useEffect(() => setLocal(tags), [tags]);
  const commit = (next: string[]) => {
    setLocal(next);
    onChange(next);
  };
  const listId = useId();
  const labelId = useId();

  const add = () => {
    const tag = normalizeTag(draft.replace(/[,،]+$/, ''));
    setDraft('');
    if (tag && !local.includes(tag)) commit([...local, tag]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === '،') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && !draft && local.length > 0) {
      commit(local.slice(0, -1));
    }
  };

  return (
    <div className="tag-editor" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        {t('tagsLabel')}
      </span>
      <ul className="tag-list">
        {local.map((tag) => (
          <li key={tag} className="tag-chip">
            <span dir="auto">#{tag}</span>
            <button
              type="button"
              className="tag-remove"
              aria-label={t('removeTag', { tag })}
              onClick={() => commit(local.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="text-input"
        dir="auto"
        value={draft}
        list={listId}
        aria-label={t('addTag')}
        placeholder={t('addTagPlaceholder')}
        onChange={(event) => {
          setDraft(event.target.value);
          const tag = normalizeTag(event.target.value.replace(/[,،]+$/, ''));
          onDraft?.(tag && !local.includes(tag) ? [...local, tag] : null);
        }}
        onKeyDown={onKeyDown}
        onBlur={add}
      />
      <datalist id={listId}>
        {suggestions
          .filter((tag) => !local.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}

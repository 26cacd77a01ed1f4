import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  /** The query as the URL has it. */
  value: string;
  /** Writes the query to the URL. */
  onChange: (q: string) => void;
  /** Shown beside the input (the filters' fold button on narrow screens). */
  action?: ReactNode;
}

/**
 * The text search. It keeps what is typed locally, because the URL leaves a blank query out: an
 * input bound straight to the URL would drop a space typed into an empty box. It takes the URL's
 * value only when the URL changed for another reason (Clear filters, Back).
 */
export function SearchBox({ value, onChange, action }: SearchBoxProps) {
  const { t } = useTranslation('visits');
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // Values this box wrote that the URL has not caught up with yet, oldest first.
  const [pending, setPending] = useState<string[]>([]);

  if (value !== seen) {
    setSeen(value);
    const i = pending.indexOf(value);
    if (i === -1) {
      setPending([]);
      setDraft(value);
    } else {
      setPending(pending.slice(i + 1));
    }
  }

  return (
    <div className="visits-search">
      <label htmlFor={id}>{t('filters.search')}</label>
      <div className="visits-search__row">
        <input
          id={id}
          type="search"
          value={draft}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            const next = e.target.value;
            setDraft(next);
            // As the URL will hold it: a blank query is left out.
            const written = next.trim() === '' ? '' : next;
            setPending((p) => [...p, written]);
            onChange(next);
          }}
        />
        {action}
      </div>
      <p id={`${id}-hint`} className="visits-search__hint">
        {t('filters.searchHint')}
      </p>
    </div>
  );
}

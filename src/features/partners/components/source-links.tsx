import type { Source } from '@data/schema';
import { ExternalLink } from '@/components/external-link';

/** Sources as links (or titles when their URL is unknown); `compact` shows publishers only. */
export function SourceLinks({
  ids,
  sources,
  compact = false,
}: {
  ids: string[];
  sources: ReadonlyMap<string, Source>;
  compact?: boolean;
}) {
  return (
    <ul className={compact ? 'partners-sources partners-sources--compact' : 'partners-sources'}>
      {ids.map((id) => {
        const s = sources.get(id);
        if (!s) return <li key={id}>{id}</li>;
        const text = compact
          ? `${s.publisher} (${s.date.slice(0, 4)})`
          : `${s.publisher}, ${s.date}: ${s.title}`;
        return (
          <li key={id}>{s.url ? <ExternalLink href={s.url}>{text}</ExternalLink> : <cite>{text}</cite>}</li>
        );
      })}
    </ul>
  );
}

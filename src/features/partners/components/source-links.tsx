import { SourceCitation } from '@/components/source-citation';
import type { Source } from '@data/schema';

/** Sources as links (or titles when their URL is unknown); `compact` shows publishers and years. */
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
      {ids.map((id) => (
        <li key={id}>
          <SourceCitation ids={[id]} sources={sources} unknown={id} form={compact ? 'short' : 'dated'} />
        </li>
      ))}
    </ul>
  );
}

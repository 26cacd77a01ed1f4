import { useSearchParams } from 'react-router';
import { parseEmbed, type EmbedMode } from '@/lib/url/embed';

/** The embed mode of the current URL ('full', 'chart' or null): see `src/lib/url/embed.ts`. */
export function useEmbed(): EmbedMode | null {
  const [params] = useSearchParams();
  return parseEmbed(params.get('embed'));
}

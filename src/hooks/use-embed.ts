import type { EmbedMode } from '@/lib/url/embed';
import { useShared } from './use-shared';

/** The embed mode of the current URL ('full', 'chart' or null): see `src/lib/url/embed.ts`. */
export function useEmbed(): EmbedMode | null {
  return useShared().embed;
}

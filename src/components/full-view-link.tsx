import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useLang } from '@/hooks/use-lang';
import { canonicalUrl, pageOrigin } from '@/lib/url/canonical-url';
import { ExternalLink } from './external-link';

/**
 * In an embed: a link to the same view on the dashboard itself, with the same state and
 * language (the embed flag dropped), opening in a new tab.
 */
export function FullViewLink({ path, children }: { path: string; children: ReactNode }) {
  const { lang } = useLang();
  const { search } = useLocation();
  return <ExternalLink href={canonicalUrl(pageOrigin(), path, search, lang)}>{children}</ExternalLink>;
}

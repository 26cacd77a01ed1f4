import type { ReactNode } from 'react';
import { FullViewLink } from './full-view-link';

interface EmbedFigureProps {
  /** The block's class: `trade-embed` gives `trade-embed__title`, `trade-embed__caption` and the heading's id. */
  block: string;
  /** More classes on the figure (the view's own, whose styles the embed shares). */
  className?: string;
  title: ReactNode;
  /** For a chart that draws its title itself: the heading then only names the figure for screen readers. */
  hideTitle?: boolean;
  /** The view the full-view link opens (in the embed's state). */
  path: string;
  fullView: ReactNode;
  /** Before the link, e.g. a source credit. */
  credit?: ReactNode;
  /** After the link: what an article's reader may want to take away (data and picture). */
  downloads?: ReactNode;
  children: ReactNode;
}

/**
 * A chart-only embed (`?embed=chart`) as an article's iframe shows it: the figure under its heading,
 * and a caption with a link to the full view and the downloads.
 */
export function EmbedFigure({
  block,
  className,
  title,
  hideTitle,
  path,
  fullView,
  credit,
  downloads,
  children,
}: EmbedFigureProps) {
  const titleId = `${block}-title`;
  return (
    <figure className={className ? `${className} ${block}` : block} aria-labelledby={titleId}>
      <h1 id={titleId} className={hideTitle ? 'visually-hidden' : `${block}__title`}>
        {title}
      </h1>
      {children}
      <figcaption className={`${block}__caption`}>
        {credit}
        <FullViewLink path={path}>{fullView}</FullViewLink>
        {downloads && <span className="embed-downloads">{downloads}</span>}
      </figcaption>
    </figure>
  );
}

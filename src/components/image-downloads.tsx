/** The formats a drawn figure downloads in. */
export type ImageExt = 'png' | 'svg';

interface ImageDownloadsProps {
  className: string;
  /** The group's label and its two buttons', in the view's words. */
  labels: { group: string; png: string; svg: string };
  /** Saves the figure in a format (e.g. through `saveImage`, titled and credited). */
  save: (ext: ImageExt) => void;
}

/** "Download PNG" / "Download SVG" of a drawn figure. */
export function ImageDownloads({ className, labels, save }: ImageDownloadsProps) {
  return (
    <div className={className} role="group" aria-label={labels.group}>
      <button type="button" onClick={() => save('png')}>
        {labels.png}
      </button>
      <button type="button" onClick={() => save('svg')}>
        {labels.svg}
      </button>
    </div>
  );
}

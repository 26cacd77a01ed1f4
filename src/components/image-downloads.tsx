import type { RefObject } from 'react';
import { saveImage, type ExportCredit } from '@/lib/svg-export';

/** The formats a drawn figure downloads in. */
export type ImageExt = 'png' | 'svg';

interface ImageDownloadsProps {
  svgRef: RefObject<SVGSVGElement | null>;
  /** `vietnam-belarus-visits-1957-2026.png` for 'png'. */
  fileName: (ext: ImageExt) => string;
  /** The title and credit lines drawn under the picture; read on click. */
  credit: () => ExportCredit | Promise<ExportCredit>;
  className: string;
  /** The group's label and its two buttons', in the view's words. */
  labels: { group: string; png: string; svg: string };
}

/** "Download PNG" / "Download SVG" of a drawn figure, titled and credited. */
export function ImageDownloads({ svgRef, fileName, credit, className, labels }: ImageDownloadsProps) {
  const save = (ext: ImageExt) => saveImage(svgRef.current, fileName(ext), ext, credit);
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

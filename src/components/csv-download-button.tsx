import { useTranslation } from 'react-i18next';
import { locales } from '@/components/csv-download-locales';
import { DescribedButton } from '@/components/described-button';
import { registerNamespace } from '@/i18n/i18n';
import { saveCsv } from '@/lib/csv/download';
import './csv-download-button.css';

registerNamespace('csv', locales);

/** What a row of the file is, which names the count in the label. */
export type CsvRowNoun = 'events' | 'pairs' | 'sources';

export interface CsvDownloadButtonProps {
  noun: CsvRowNoun;
  /** How many rows the file will hold: what the view lists right now. */
  count: number;
  fileName: string;
  /** The CSV text (without byte-order mark); may wait for data the view has not loaded. */
  build: () => string | Promise<string>;
}

/**
 * "Download CSV (23 events)": saves what the view lists, one file per click (`saveCsv` drops a
 * quick repeat of the same file, as for every download button).
 * Disabled when the view lists nothing.
 */
export function CsvDownloadButton({ noun, count, fileName, build }: CsvDownloadButtonProps) {
  const { t } = useTranslation('csv');
  return (
    <DescribedButton
      className="csv-download"
      disabled={count === 0}
      data-file-name={fileName}
      onClick={() => {
        void saveCsv(fileName, build);
      }}
      description={t(`description.${noun}`, { count })}
    >
      {t(`label.${noun}`, { count })}
    </DescribedButton>
  );
}

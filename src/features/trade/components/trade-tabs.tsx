import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TABS, type Tab } from '../utils/trade-params';

export interface TradeTabsProps {
  tab: Tab;
  onTab: (tab: Tab) => void;
  /** False when nothing is shown to download. */
  canDownload: boolean;
  onCsv: () => void;
  onPng: () => void;
  onSvg: () => void;
}

/** Chart or table (a tab list with arrow keys), and the downloads of what is shown. */
export const TradeTabs = memo(function TradeTabs({
  tab,
  onTab,
  canDownload,
  onCsv,
  onPng,
  onSvg,
}: TradeTabsProps) {
  const { t } = useTranslation('trade');
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0 && e.key !== 'Home' && e.key !== 'End') return;
    const target =
      e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : (index + delta + TABS.length) % TABS.length;
    e.preventDefault();
    onTab(TABS[target]!);
    refs.current[target]?.focus();
  };
  return (
    <div className="trade-tabs-bar">
      <div role="tablist" aria-label={t('tabs')} className="trade-tabs">
        {TABS.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`trade-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`trade-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="trade-tab"
            onClick={() => onTab(name)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(`tab.${name}`)}
          </button>
        ))}
      </div>
      <div className="trade-downloads" role="group" aria-label={t('download.label')}>
        <button type="button" onClick={onCsv} disabled={!canDownload}>
          {t('download.csv')}
        </button>
        {tab === 'chart' && (
          <>
            <button type="button" onClick={onPng} disabled={!canDownload}>
              {t('download.png')}
            </button>
            <button type="button" onClick={onSvg} disabled={!canDownload}>
              {t('download.svg')}
            </button>
          </>
        )}
      </div>
    </div>
  );
});

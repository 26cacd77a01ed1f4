import type { ComponentProps } from 'react';
import { LineChart } from 'recharts';

/**
 * A Recharts line chart drawn as a picture only: its values are text beside it (a table, a card's
 * words) and its container is hidden from assistive technology, so it must not take focus either.
 */
export function PictureLineChart(props: Omit<ComponentProps<typeof LineChart>, 'accessibilityLayer'>) {
  return <LineChart {...props} accessibilityLayer={false} />;
}

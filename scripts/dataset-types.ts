export type { DatasetEvent as Event, Partnership, Source, TradeFigure } from '../data/schema.ts';

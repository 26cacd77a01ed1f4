// The markers moved to the shared layer (the Overview draws them too); the filter still imports here.
export { SeriesSwatch } from '@/components/series-marker';

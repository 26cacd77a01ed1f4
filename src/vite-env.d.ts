/// <reference types="vite/client" />

declare module 'virtual:dataset-meta' {
  const meta: { minYear: number; maxYear: number; newestSource: string };
  export default meta;
}

interface ImportMetaEnv {
  /** Who publishes this deploy of the dashboard, named in citations (docs/deploy.md). */
  readonly VITE_PUBLISHER?: string;
}

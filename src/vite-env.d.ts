/// <reference types="vite/client" />

declare module 'virtual:dataset-meta' {
  const meta: { minYear: number; maxYear: number; newestSource: string };
  export default meta;
}

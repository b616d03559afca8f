/** Served by the test server (test/helpers/wtr-plugins.mjs): every `stories/*.stories.ts`, by file name. */
declare module 'virtual:kommune-stories' {
  /** `{ 'budget-pie': <the module stories/budget-pie.stories.ts>, … }` */
  export const STORY_FILES: Record<string, Record<string, unknown>>;
}

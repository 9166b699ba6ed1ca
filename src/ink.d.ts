/** A compiled story, as scripts/vite-plugin-ink.ts hands over an `.ink` import. */
declare module '*.ink' {
  const story: { json: string; id: string };
  export default story;
}

/** `?load`: the compiled story as a promise, fetched in a production build. */
declare module '*.ink?load' {
  const loadStory: () => Promise<{ json: string; id: string }>;
  export default loadStory;
}

/** `?index`: facts about the story read from its sources at build time. */
declare module '*.ink?index' {
  const index: { actual: string[]; choices: { id: string; file: string; actual: boolean }[] };
  export default index;
}

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

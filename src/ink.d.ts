/** A compiled story, as scripts/vite-plugin-ink.ts hands over an `.ink` import. */
declare module '*.ink' {
  const story: { json: string; id: string };
  export default story;
}

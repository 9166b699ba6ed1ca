import legacyStoryUrl from '../../story/legacy/lh1-ee69aaf125c3.json?url';
import { LH1_STORY_ID, decodeLegacyRunCode } from '../narrative/legacy';
import type { DecodedCode } from '../narrative/record';

let legacyStory: Promise<string> | null = null;

/**
 * Reads an `LH1-` run code: fetches the story version those codes were made with (only then, and
 * once), and replays the code in it.
 */
export async function readLegacyCode(code: string): Promise<DecodedCode> {
  legacyStory ??= fetch(legacyStoryUrl).then((response) => {
    if (!response.ok) throw new Error(`The older story could not be loaded (${response.status}).`);
    return response.text();
  });
  try {
    return decodeLegacyRunCode(code, { json: await legacyStory, id: LH1_STORY_ID });
  } catch (error) {
    legacyStory = null;
    throw error;
  }
}

// The benchmark's baseline: only the inkjs runtime and the same compiled story, writing the first text.
import { Story } from 'inkjs';
import compiled from '../../story/main.ink';

const story = new Story(compiled.json);
// As the game does: the story's EXTERNAL functions fall back to their ink definitions (contract §1).
story.allowExternalFunctionFallbacks = true;
const text = document.getElementById('text');
if (text) text.textContent = story.ContinueMaximally();
performance.mark('first-story-text');

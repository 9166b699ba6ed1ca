// The benchmark's baseline: only the inkjs runtime and the same compiled story, writing the first text.
import { Story } from 'inkjs';
import compiled from '../../story/main.ink';

const story = new Story(compiled.json);
const text = document.getElementById('text');
if (text) text.textContent = story.ContinueMaximally();
performance.mark('first-story-text');

import {contrast, textOn} from '../ui/styles.js';
import {ok, eq, test} from './harness.js';

const AA = 4.5;

test('badge text is black or white, whichever reads better on the tier colour', () => {
  eq(textOn('#C9A227'), '#000000');
  eq(textOn('#5B6770'), '#ffffff');
  eq(textOn('#FFFFFF'), '#000000');
  eq(textOn('#000000'), '#ffffff');
});

test('the default tier colours with their badge text pass WCAG AA', () => {
  for (const colour of ['#A97142', '#8A9597', '#C9A227', '#5B6770']) {
    ok(contrast(colour, textOn(colour)) >= AA, `${colour}: ${contrast(colour, textOn(colour)).toFixed(2)}`);
  }
});

test('the text colours pass WCAG AA on their backgrounds', () => {
  const pairs = [['#1f2933', '#ffffff'], ['#52606d', '#ffffff'], ['#1d4ed8', '#ffffff'], ['#9b1c1c', '#ffffff'],
    ['#166534', '#ffffff'], ['#6b4200', '#fff4d6'], ['#ffffff', '#1d4ed8'], ['#ffffff', '#102a43'],
    ['#52606d', '#f0f4f8']];
  for (const [text, background] of pairs) {
    ok(contrast(text, background) >= AA, `${text} on ${background}: ${contrast(text, background).toFixed(2)}`);
  }
});

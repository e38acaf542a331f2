import {h, s} from '../ui/dom.js';
import {eq, ok, test} from './harness.js';

test('text is never parsed as markup', () => {
  const el = h('p', {}, '<img src=x onerror="window.pwned=1">', ['<b>bold</b>']);
  eq(el.querySelectorAll('img, b').length, 0);
  eq(el.textContent, '<img src=x onerror="window.pwned=1"><b>bold</b>');
  ok(!window.pwned);
});

test('attributes, events, styles through the CSSOM, and SVG in its namespace', () => {
  let clicked = 0;
  const b = h('button', {type: 'button', disabled: false, 'aria-label': 'x', onclick: () => clicked++,
    style: {color: 'rgb(1, 2, 3)'}, dataset: {tier: 'GOLD'}}, 'go');
  b.click();
  eq(clicked, 1);
  ok(!b.hasAttribute('disabled'), 'false leaves an attribute out');
  eq(b.style.color, 'rgb(1, 2, 3)');
  eq(b.dataset.tier, 'GOLD');
  eq(s('svg', {}).namespaceURI, 'http://www.w3.org/2000/svg');
});

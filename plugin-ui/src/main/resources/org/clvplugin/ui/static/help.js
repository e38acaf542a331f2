// "How values are computed" (help.html): the model, the range, churn risk, the backtest, tiers and segments in
// plain words, in the language the address asks for (?lang=, as the card's link sets it) or else the browser's.
// The card's "Why this value" and the console's model tab link to its sections (#orders, #backtest, ...).

import {h, replace} from './dom.js';
import {HELP} from './help/texts.js';
import {resolveLanguage} from './i18n.js';

const asked = new URLSearchParams(location.search).get('lang');
const {language} = resolveLanguage([asked, ...(navigator.languages || [navigator.language])].filter(Boolean));
const text = HELP[language] || HELP.en;
document.documentElement.lang = language;
document.title = `${text.title} · CLV`;
replace(document.getElementById('main'),
  h('h1', {}, text.title),
  h('p', {class: 'intro'}, text.intro),
  h('nav', {'aria-labelledby': 'contents'}, h('h2', {id: 'contents'}, text.contents),
    h('ol', {}, text.sections.map((s) => h('li', {}, h('a', {href: '#' + s.id}, s.heading))))),
  text.sections.map((s) => h('section', {'aria-labelledby': s.id},
    h('h2', {id: s.id, tabindex: '-1'}, s.heading), s.text.map((p) => h('p', {}, p)))));
// The page is built after the browser looked for the address's #section: go there now.
const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
if (target) {
  target.scrollIntoView();
  target.focus();
}

// The admin console inside OFBiz (console.html): an admin's CLV card links here with a card token in the address's
// fragment, which never reaches a server or its logs. The token is kept for this tab only and taken out of the
// address at once; the console's tabs then use the fragment as they do elsewhere.

import './clv-admin.js';
import {h} from './dom.js';
import {requestedLanguages, resolveLanguage, translator} from './i18n.js';

const KEY = 'clv.consoleToken';
const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromLink) {
  sessionStorage.setItem(KEY, fromLink);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem(KEY);
const main = document.getElementById('main');
// A contact's name in the console leads to its profile in OFBiz's party manager.
main.append(token ? h('clv-admin', {token, 'contact-link': '/partymgr/control/viewprofile?partyId={partyId}'})
  : h('p', {role: 'status'}, translator(resolveLanguage(requestedLanguages(main)).language)('admin.openFromOfbiz')));

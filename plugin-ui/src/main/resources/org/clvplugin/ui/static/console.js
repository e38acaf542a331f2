// The admin console inside OFBiz (console.html): an admin's CLV card links here with a card token in the address's
// fragment, which never reaches a server or its logs. The token is kept for this tab only and taken out of the
// address at once; the console's tabs then use the fragment as they do elsewhere.

import './clv-admin.js';
import {h} from './dom.js';

const KEY = 'clv.consoleToken';
const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromLink) {
  sessionStorage.setItem(KEY, fromLink);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem(KEY);
document.getElementById('main').append(token ? h('clv-admin', {token})
  : h('p', {role: 'status'}, 'Open the console from OFBiz: on a party’s profile, the CLV card of a user with'
    + ' CLV_ADMIN links here.'));

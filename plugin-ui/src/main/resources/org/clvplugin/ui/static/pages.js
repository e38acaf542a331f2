// The standalone host's page parts: the header (navigation by permission, sign-out) and the contact page laid out
// like OFBiz's party profile, with the card in its side column. Inside OFBiz, OFBiz's own screens do this.

import {Api, csrfToken} from './api.js';
import './clv-contact-card.js';
import './clv-contact-list.js';
import {h, replace, sheet} from './dom.js';
import {formatter} from './format.js';
import {requestedLanguages, resolveLanguage, translator} from './i18n.js';
import {base} from './styles.js';

const root = new URL('../', import.meta.url).pathname;

function texts(element) {
  const {language, locale} = resolveLanguage(requestedLanguages(element));
  return {t: translator(language), locale};
}

const headerLook = sheet(`
header { display: flex; align-items: center; gap: 1.2rem; padding: .6rem 1rem; background: #102a43; color: #fff; flex-wrap: wrap; }
.brand { font-weight: 700; margin-right: auto; }
nav { display: flex; gap: 1rem; }
a { color: #fff; }
a[aria-current=page] { font-weight: 700; text-decoration-thickness: 3px; }
form { margin: 0; display: flex; gap: .6rem; align-items: center; }
button { background: transparent; border-color: #fff; }
`);

class ClvPageHeader extends HTMLElement {
  async connectedCallback() {
    const shadow = this.attachShadow({mode: 'open'});
    shadow.adoptedStyleSheets = [base, headerLook];
    const {t} = texts(this);
    let me = null;
    try {
      me = await new Api().get('me');
    } catch (e) {
      // Signed out meanwhile: the links still work and lead to the sign-in page.
    }
    const current = this.getAttribute('current');
    const link = (id, href, text) => h('a', {href, 'aria-current': current === id ? 'page' : null}, text);
    const admin = me && me.permissions.includes('clv.admin.read');
    replace(shadow, h('header', {},
      h('span', {class: 'brand'}, 'CLV'),
      h('nav', {'aria-label': 'CLV'}, link('contacts', root, t('page.contacts')),
        admin ? link('admin', root + 'admin', t('page.admin')) : null),
      h('form', {method: 'post', action: root + 'logout'}, me ? h('span', {class: 'user'}, me.name) : null,
        h('input', {type: 'hidden', name: 'csrf', value: csrfToken()}),
        h('button', {type: 'submit'}, t('page.signOut')))));
  }
}

const profileLook = sheet(`
.profile { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 1.2rem; align-items: start; }
/* On a phone the card comes first: it is what a rep opens the page for. */
@media (max-width: 48rem) { .profile { grid-template-columns: 1fr; } .side { order: -1; } }
.screenlet { border: 1px solid var(--clv-border); border-radius: 6px; margin-bottom: 1rem; }
.screenlet h2 { background: #f0f4f8; padding: .45rem .8rem; font-size: .95rem; border-bottom: 1px solid var(--clv-border); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; padding: .6rem .8rem; margin: 0; }
dt { color: var(--clv-muted); }
dd { margin: 0; }
h1 { font-size: 1.35rem; margin: .3rem 0 1rem; }
a { color: var(--clv-accent); }
`);

class ClvContactPage extends HTMLElement {
  connectedCallback() {
    const shadow = this.attachShadow({mode: 'open'});
    shadow.adoptedStyleSheets = [base, profileLook];
    const {t, locale} = texts(this);
    const partyId = this.getAttribute('party-id')
      || decodeURIComponent(location.pathname.slice(location.pathname.indexOf('/contacts/') + '/contacts/'.length));
    const heading = h('h1', {}, t('page.profile', {name: partyId}));
    const contact = h('dl', {});
    const orders = h('dl', {});
    const card = h('clv-contact-card', {'party-id': partyId});
    card.addEventListener('clv-value', (e) => {
      const v = e.detail;
      const f = formatter(locale, v.currency);
      heading.textContent = t('page.profile', {name: v.name || partyId});
      document.title = `${v.name || partyId} · CLV`;
      replace(contact, h('dt', {}, t('list.name')), h('dd', {class: 'name'}, v.name || '–'),
        h('dt', {}, t('page.partyId')), h('dd', {}, v.partyId),
        h('dt', {}, t('page.owner')), h('dd', {class: 'owner'}, v.ownerName || v.ownerPartyId || '–'));
      replace(orders, h('dt', {}, t('page.count')), h('dd', {}, f.number(v.orders)),
        h('dt', {}, t('page.firstOrder')), h('dd', {}, f.day(v.firstOrderDate)),
        h('dt', {}, t('page.lastOrder')), h('dd', {}, f.day(v.lastOrderDate)),
        h('dt', {}, t('list.historical')), h('dd', {}, f.money(v.historicalValue)));
    });
    // No such contact (or not one this user may see), or no access at all: a page that says so, not empty boxes.
    card.addEventListener('clv-value-error', (e) => {
      const missing = e.detail.status === 404;
      if (!missing && e.detail.status !== 403) return;
      const title = t(missing ? 'page.notFoundTitle' : 'page.forbiddenTitle');
      document.title = `${title} · CLV`;
      replace(shadow, h('p', {}, h('a', {href: root}, '← ' + t('page.back'))),
        h('section', {class: 'not-shown', 'data-status': String(e.detail.status)}, h('h1', {}, title),
          h('p', {}, t(missing ? 'page.notFound' : 'page.forbidden', {id: partyId}))));
    });
    replace(shadow, h('p', {}, h('a', {href: root}, '← ' + t('page.back'))), heading,
      h('div', {class: 'profile'},
        h('div', {class: 'main'},
          h('section', {class: 'screenlet', 'aria-labelledby': 's-contact'}, h('h2', {id: 's-contact'}, t('page.contact')),
            contact),
          h('section', {class: 'screenlet', 'aria-labelledby': 's-orders'}, h('h2', {id: 's-orders'}, t('page.orders')),
            orders)),
        h('aside', {class: 'side'}, card)));
  }
}

if (!customElements.get('clv-page-header')) customElements.define('clv-page-header', ClvPageHeader);
if (!customElements.get('clv-contact-page')) customElements.define('clv-contact-page', ClvContactPage);

// Headings the page itself carries.
const {t} = texts(document.documentElement);
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
if (document.documentElement.dataset.title) document.title = `${t(document.documentElement.dataset.title)} · CLV`;

// <clv-contact-list> : search contacts by name or party id, or list the top contacts by predicted value, filtered
// by tier and segment, in one of the API's orders, with views for the jobs reps do (at risk, can't lose them, new).
// Attributes: link (where a contact leads; {partyId} is replaced, default "contacts/{partyId}"), api-base, lang,
// bookmarkable (the page's address carries the query: q, tier, segment, sort, new, mine).

import {Api} from './api.js';
import {h, replace, sheet} from './dom.js';
import {formatter} from './format.js';
import {requestedLanguages, resolveLanguage, translator} from './i18n.js';
import {chances, churnLevel} from './card-state.js';
import {base, textOn} from './styles.js';
import {vocabulary} from './vocabulary.js';

const look = sheet(`
form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-bottom: .8rem; }
label { display: flex; flex-direction: column; font-size: .85rem; color: var(--clv-muted); gap: .15rem; }
input, select { padding: .35rem .5rem; border: 1px solid #9aa5b1; border-radius: 4px; color: var(--clv-text); }
input[type=search] { min-width: 14rem; }
a { color: var(--clv-accent); }
.more { margin-top: .6rem; }
.views { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin-bottom: .6rem; }
.table-wrap { overflow-x: auto; }
/* A phone: each contact a card, its figures labelled, nothing wider than the screen. */
@media (max-width: 600px) {
  input[type=search] { min-width: 0; width: 100%; }
  form label:first-child { flex: 1 1 100%; }
  table, tbody, tr, td { display: block; width: auto; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid var(--clv-border); border-radius: 6px; padding: .5rem .7rem; margin-bottom: .6rem; }
  td { border: 0; padding: .1rem 0; }
  td.num { display: flex; justify-content: space-between; text-align: right; }
  td[data-label]::before { content: attr(data-label); color: var(--clv-muted); text-align: left; }
  td.owner::before { margin-right: .4rem; }
  td:empty { display: none; }
}
`);

export class ClvContactList extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).adoptedStyleSheets = [base, look];
    this.tiers = [];
    this.items = [];
    this.cursor = null;
  }

  async connectedCallback() {
    const {language, locale} = resolveLanguage(requestedLanguages(this));
    this.t = translator(language);
    this.locale = locale;
    this.api = new Api(this.getAttribute('api-base'), this.getAttribute('token'));
    this.renderForm();
    let segments;
    let me;
    [this.tiers, segments, me] = await Promise.all([this.api.get('tiers').then((p) => p.tiers, () => []),
      vocabulary(this.api).then((v) => v.segments, () => []), this.api.get('me').catch(() => null)]);
    // A user who owns contacts (a sales rep) can list only theirs.
    if (me && me.partyId) {
      this.me = me.partyId;
      this.form.querySelector('button[type=submit]').before(h('label', {class: 'mine'},
        h('input', {type: 'checkbox', name: 'mine', onchange: () => this.search()}), ' ', this.t('list.mine')));
    }
    // The tiers and segments join the form in place: what was typed meanwhile stays.
    this.form.elements.tier.append(...this.tiers.map((tier) => h('option', {value: tier.key}, tier.displayName)));
    this.form.elements.segment.append(...segments.map((sg) => h('option', {value: sg}, this.t.segment(sg))));
    if (this.hasAttribute('bookmarkable')) this.fromAddress(new URLSearchParams(location.search));
    await this.search();
  }

  /** The form as the address says (a bookmarked view). */
  fromAddress(params) {
    const elements = this.form.elements;
    for (const name of ['q', 'tier', 'segment', 'sort', 'new']) {
      if (params.has(name) && elements[name]) elements[name].value = params.get(name);
    }
    if (elements.mine) elements.mine.checked = params.get('mine') === '1';
  }

  renderForm() {
    const t = this.t;
    const option = (value, text) => h('option', {value}, text);
    const view = (params, text) => h('a', {href: '?' + new URLSearchParams(params)}, text);
    this.views = h('nav', {class: 'views', 'aria-label': t('view.label')},
      view({sort: '-valueAtRisk'}, t('view.atRisk')), view({segment: "Can't lose them"}, t('view.cantLose')),
      view({new: '30', sort: '-clv'}, t('view.new')));
    this.form = h('form', {role: 'search', onsubmit: (ev) => {
      ev.preventDefault();
      this.search();
    }},
    h('label', {}, t('list.search'), h('input', {type: 'search', name: 'q', maxlength: 100,
      placeholder: t('list.searchPlaceholder')})),
    h('label', {}, t('card.tier'), h('select', {name: 'tier', onchange: () => this.search()},
      option('', t('list.all')))),
    h('label', {}, t('card.segment'), h('select', {name: 'segment', onchange: () => this.search()},
      option('', t('list.all')))),
    h('label', {}, t('list.sort'), h('select', {name: 'sort', onchange: () => this.search()},
      [['-clv', t('list.clv')], ['-bought', t('list.historical')], ['-churnRisk', t('card.churn')],
        ['-valueAtRisk', t('list.atRisk')], ['-lastOrder', t('page.lastOrder')]].map(([v, text]) => option(v, text)))),
    h('input', {type: 'hidden', name: 'new'}),
    h('button', {type: 'submit'}, t('list.searchButton')));
    this.results = h('div', {class: 'results', 'aria-live': 'polite'});
    replace(this.shadowRoot, this.views, this.form, this.results);
  }

  /** Runs the form's query from its first page; the server searches, filters and orders. */
  async search() {
    const data = new FormData(this.form);
    this.query = {q: String(data.get('q') || '').trim(), tier: data.get('tier') || '',
      segment: data.get('segment') || '', owner: data.get('mine') && this.me ? this.me : '',
      sort: data.get('sort') || '-clv', newWithin: data.get('new') || ''};
    if (this.hasAttribute('bookmarkable')) {
      const {q, tier, segment, sort, newWithin, owner} = this.query;
      const address = present({q, tier, segment, sort: sort === '-clv' ? '' : sort, new: newWithin,
        mine: owner ? '1' : '', lang: new URLSearchParams(location.search).get('lang')});
      history.replaceState(null, '', address.toString() ? '?' + address : location.pathname);
    }
    this.items = [];
    this.cursor = null;
    this.asked = (this.asked || 0) + 1;
    await this.more();
  }

  /** The next page of the query: the server searches, filters and ranks all matches; pages follow its cursor. */
  async more() {
    const {q, tier, segment, owner, sort, newWithin} = this.query;
    const params = present({limit: '25', q, owner, sort: sort === '-clv' ? '' : sort, newWithinDays: newWithin, tier,
      segment, cursor: this.cursor});
    this.results.setAttribute('aria-busy', 'true');
    try {
      const asked = this.asked;
      const page = await this.api.get('contacts?' + params);
      // A newer query (a filter changed meanwhile) wins: this answer is for one no longer shown.
      if (asked !== this.asked) return;
      if (!this.cursor) {
        this.total = page.total;
        this.asOf = page.asOf;
      }
      this.items = this.items.concat(page.items);
      this.currency = page.currency || this.currency;
      this.cursor = page.nextCursor;
      this.renderResults();
    } catch (e) {
      replace(this.results, h('p', {class: 'error', role: 'alert'}, this.t('card.error'), ' ', e.message));
    } finally {
      this.results.removeAttribute('aria-busy');
    }
  }

  renderResults() {
    const t = this.t;
    const f = formatter(this.locale, this.currency);
    const link = this.getAttribute('link') || 'contacts/{partyId}';
    const byKey = new Map(this.tiers.map((tier) => [tier.key, tier]));
    const count = f.number(this.total || 0);
    const caption = (this.query.q ? t.plural('list.matches', this.total || 0, count, {q: this.query.q})
      : t.plural('list.topCount', this.total || 0, count)) + (this.query.newWithin ? ` · ${t('view.new')}` : '');
    if (this.items.length === 0) {
      replace(this.results, h('h2', {}, caption), h('p', {class: 'muted'}, t('list.none')));
      return;
    }
    const rows = this.items.map((i) => {
      const tier = byKey.get(i.tierKey);
      return h('tr', {'data-party-id': i.partyId},
        h('td', {}, h('a', {href: link.replace('{partyId}', encodeURIComponent(i.partyId))}, i.name || i.partyId),
          h('div', {class: 'muted'}, i.partyId)),
        h('td', {}, tier ? h('span', {class: 'badge', style: {background: tier.colour, color: textOn(tier.colour)}},
          tier.displayName) : (i.tierKey || '')),
        h('td', {}, i.segment ? t.segment(i.segment) : ''),
        h('td', {class: 'owner', 'data-label': t('page.owner')}, i.ownerName || i.ownerPartyId || ''),
        h('td', {class: 'churn', 'data-label': t('card.churn')}, churnText(i, t, f)),
        h('td', {class: 'last-order', 'data-label': t('page.lastOrder')}, lastOrderText(i, this.asOf, t, f)),
        h('td', {class: 'num clv', 'data-label': t('list.clv')},
          i.clv === null ? h('span', {class: 'muted'}, t('list.notScored')) : f.money(i.clv)),
        h('td', {class: 'num historical', 'data-label': t('list.historical')},
          i.historicalValue === null ? '' : f.money(i.historicalValue)));
    });
    replace(this.results, h('h2', {id: 'caption'}, caption), h('div', {class: 'table-wrap'},
      h('table', {'aria-labelledby': 'caption'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('list.name')), h('th', {scope: 'col'}, t('card.tier')),
          h('th', {scope: 'col'}, t('card.segment')), h('th', {scope: 'col'}, t('page.owner')),
          h('th', {scope: 'col'}, t('card.churn')), h('th', {scope: 'col'}, t('page.lastOrder')),
          h('th', {scope: 'col', class: 'num'}, t('list.clv')),
          h('th', {scope: 'col', class: 'num'}, t('list.historical')))),
        h('tbody', {}, rows))),
    this.cursor ? h('button', {type: 'button', class: 'more secondary', onclick: () => this.more()}, t('list.more')) : null);
  }
}

/** The parameters that have a value. */
function present(values) {
  return new URLSearchParams(Object.entries(values).filter(([, value]) => value));
}

/** Churn risk in words and as a figure; nothing where the run has no estimate. */
function churnText(item, t, f) {
  const c = chances(item.probabilityAlive);
  return c === null ? '' : `${t('risk.' + churnLevel(c.alive))} (${f.chance(c.churn)})`;
}

/** The last order's day and how long before the data's as-of date it was. */
function lastOrderText(item, asOf, t, f) {
  if (!item.lastOrderDate) return '';
  const days = asOf ? Math.round((Date.parse(asOf) - Date.parse(item.lastOrderDate)) / 86400000) : null;
  return days === null ? f.day(item.lastOrderDate)
    : [f.day(item.lastOrderDate), h('span', {class: 'muted'}, ` · ${t.plural('list.daysAgo', days, f.number(days))}`)];
}

if (!customElements.get('clv-contact-list')) customElements.define('clv-contact-list', ClvContactList);

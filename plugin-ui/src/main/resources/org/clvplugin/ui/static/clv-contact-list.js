// <clv-contact-list> : search contacts by name or party id, or list the top contacts by predicted value, filtered
// by tier and segment, in one of the API's orders, with views for the jobs reps do (at risk, can't lose them, new).
// Filters by value range and churn risk, shows each value's trend since the run before, names what it shows in its
// heading and exports the view as CSV. Attributes: link (where a contact leads; {partyId} is replaced, default
// "contacts/{partyId}"), api-base, lang, bookmarkable (the page's address carries the query: q, tier, segment,
// churn, min, max, sort, new, mine).

import {Api} from './api.js';
import {h, replace, sheet} from './dom.js';
import {formatter} from './format.js';
import {requestedLanguages, resolveLanguage, translator} from './i18n.js';
import {chances, churnLevel, valueChange} from './card-state.js';
import {base, textOn} from './styles.js';
import {vocabulary} from './vocabulary.js';

const look = sheet(`
form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-bottom: .8rem; }
label { display: flex; flex-direction: column; font-size: .85rem; color: var(--clv-muted); gap: .15rem; }
input, select { padding: .35rem .5rem; border: 1px solid #9aa5b1; border-radius: 4px; color: var(--clv-text); }
input[type=search] { min-width: 14rem; }
input[type=number] { width: 7rem; }
.trend .up { color: #1b6e3a; }
.trend .down { color: #a4262c; }
.heading { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem 1rem; }
.export { margin-left: auto; }
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
  td[data-label]::before { content: attr(data-label); color: var(--clv-muted); text-align: left; margin-right: .4rem; }
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
    for (const name of ['q', 'tier', 'segment', 'churn', 'min', 'max', 'sort', 'new']) {
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
    h('label', {}, t('card.churn'), h('select', {name: 'churn', onchange: () => this.search()},
      option('', t('list.all')), ...['high', 'medium', 'low'].map((level) => option(level, t('risk.' + level))))),
    h('label', {}, t('list.valueFrom'), h('input', {type: 'number', name: 'min', min: 0, step: 'any',
      inputmode: 'decimal'})),
    h('label', {}, t('list.valueTo'), h('input', {type: 'number', name: 'max', min: 0, step: 'any',
      inputmode: 'decimal'})),
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
      churn: data.get('churn') || '', min: data.get('min') || '', max: data.get('max') || '',
      sort: data.get('sort') || '-clv', newWithin: data.get('new') || ''};
    if (this.hasAttribute('bookmarkable')) {
      const {q, tier, segment, churn, min, max, sort, newWithin, owner} = this.query;
      const address = present({q, tier, segment, churn, min, max, sort: sort === '-clv' ? '' : sort, new: newWithin,
        mine: owner ? '1' : '', lang: new URLSearchParams(location.search).get('lang')});
      history.replaceState(null, '', address.toString() ? '?' + address : location.pathname);
    }
    this.items = [];
    this.cursor = null;
    this.asked = (this.asked || 0) + 1;
    await this.more();
  }

  /** The query's parameters in the API's words (the list's and the export's). */
  apiParams() {
    const {q, tier, segment, owner, churn, min, max, sort, newWithin} = this.query;
    const band = CHURN_BANDS[churn] || {};
    return present({q, owner, sort: sort === '-clv' ? '' : sort, newWithinDays: newWithin, tier, segment,
      minClv: min, maxClv: max, minChurnRisk: band.min, maxChurnRisk: band.max});
  }

  /** The next page of the query: the server searches, filters and ranks all matches; pages follow its cursor. */
  async more() {
    const params = this.apiParams();
    params.set('limit', '25');
    if (this.cursor) params.set('cursor', this.cursor);
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
      // A refused filter (a value range upside down) is said in the list's language.
      const refused = e.fieldErrors ? Object.values(e.fieldErrors(this.t, formatter(this.locale, this.currency)))
        : [];
      replace(this.results, h('p', {class: 'error', role: 'alert'}, refused.length ? refused.join(' ')
        : [this.t('card.error'), ' ', e.message]));
    } finally {
      this.results.removeAttribute('aria-busy');
    }
  }

  /** A link to the view as CSV: every page, the same filters and order (with a token, fetched with it and saved). */
  exportLink() {
    const path = 'contacts.csv?' + this.apiParams();
    const link = h('a', {class: 'export', href: this.api.base + path, download: ''}, this.t('list.export'));
    if (this.api.token) {
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        this.api.download(path, 'contacts.csv').catch((e) => replace(this.results, h('p', {class: 'error',
          role: 'alert'}, this.t('card.error'), ' ', e.message)));
      });
    }
    return link;
  }

  renderResults() {
    const t = this.t;
    const f = formatter(this.locale, this.currency);
    const link = this.getAttribute('link') || 'contacts/{partyId}';
    const byKey = new Map(this.tiers.map((tier) => [tier.key, tier]));
    const caption = heading(this.query, this.total || 0, byKey, t, f);
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
          i.clv !== null ? f.money(i.clv) : h('span', {class: 'muted'},
            t(i.historicalValue === null ? 'list.notScored' : 'list.noOrders'))),
        h('td', {class: 'num trend', 'data-label': t('list.trend')}, trendCell(i, t, f)),
        h('td', {class: 'num historical', 'data-label': t('list.historical')},
          i.historicalValue === null ? '' : f.money(i.historicalValue)));
    });
    replace(this.results, h('div', {class: 'heading'}, h('h2', {id: 'caption'}, caption), this.exportLink()),
      h('div', {class: 'table-wrap'},
      h('table', {'aria-labelledby': 'caption'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('list.name')), h('th', {scope: 'col'}, t('card.tier')),
          h('th', {scope: 'col'}, t('card.segment')), h('th', {scope: 'col'}, t('page.owner')),
          h('th', {scope: 'col'}, t('card.churn')), h('th', {scope: 'col'}, t('page.lastOrder')),
          h('th', {scope: 'col', class: 'num'}, t('list.clv')),
          h('th', {scope: 'col', class: 'num'}, t('list.trend')),
          h('th', {scope: 'col', class: 'num'}, t('list.historical')))),
        h('tbody', {}, rows))),
    this.cursor ? h('button', {type: 'button', class: 'more secondary', onclick: () => this.more()}, t('list.more')) : null);
  }
}

/** The churn-risk filter's levels as bands of churn risk, as churnLevel names them. */
const CHURN_BANDS = {high: {min: '0.5'}, medium: {min: '0.25', max: '0.5'}, low: {max: '0.25'}};

/**
 * What the list shows, in words: how many contacts, in which order, and every filter (the default view keeps its
 * "top contacts" title).
 */
export function heading(query, total, tiersByKey, t, f) {
  const contacts = t.plural('list.contacts', total, f.number(total));
  const filters = [];
  if (query.tier) filters.push(tiersByKey.has(query.tier) ? tiersByKey.get(query.tier).displayName : query.tier);
  if (query.segment) filters.push(t.segment(query.segment));
  if (query.churn) filters.push(t('filter.churn.' + query.churn));
  if (query.min && query.max) filters.push(t('filter.value', {low: f.money(+query.min), high: f.money(+query.max)}));
  else if (query.min) filters.push(t('filter.valueFrom', {low: f.money(+query.min)}));
  else if (query.max) filters.push(t('filter.valueTo', {high: f.money(+query.max)}));
  if (query.newWithin) filters.push(t.plural('filter.new', +query.newWithin, f.number(+query.newWithin)));
  if (query.owner) filters.push(t('list.mine'));
  const order = t('order.' + query.sort);
  if (!query.q && filters.length === 0 && query.sort === '-clv') return t.plural('list.topCount', total, f.number(total));
  const shown = query.q ? t('list.headingSearch', {contacts, q: query.q, order}) : t('list.heading', {contacts, order});
  return filters.length === 0 ? shown : `${shown} · ${filters.join(' · ')}`;
}

/** The value's change since the run before: an arrow and the percentage, said in words to screen readers. */
function trendCell(item, t, f) {
  if (item.clv === null || item.previousClv === null || item.previousClv === undefined) return '';
  const change = valueChange([{clv: item.previousClv}, {clv: item.clv}]);
  if (!change) return '';
  const arrow = {'change.up': ['up', '▲'], 'change.down': ['down', '▼'], 'change.same': ['same', '→']}[change.key];
  return h('span', {class: arrow[0]}, h('span', {'aria-hidden': 'true'},
    change.share ? `${arrow[1]} ${f.percent(change.share)}` : arrow[1]),
  h('span', {class: 'visually-hidden'}, t(change.key, {percent: f.percent(change.share)})));
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

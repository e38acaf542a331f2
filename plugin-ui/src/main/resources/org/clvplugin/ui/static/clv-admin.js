// <clv-admin> : the CRM admin's console: dashboard, tiers, settings, runs, model, rules, API tokens, audit, in the five
// languages of the UI (its strings: admin/messages.js). Needs the admin read permission; editing needs admin write.
// Attributes: api-base, lang, contact-link (where a contact's name leads; {partyId} is replaced; default "contacts/{partyId}").
// The open tab follows the page's #hash.

import {audit} from './admin/audit.js';
import {dashboard} from './admin/dashboard.js';
import {model} from './admin/model.js';
import {rules} from './admin/rules.js';
import {runs} from './admin/runs.js';
import {settings} from './admin/settings.js';
import {tiers} from './admin/tiers.js';
import {tokens} from './admin/tokens.js';
import {Api} from './api.js';
import {h, replace, sheet} from './dom.js';
import {formatter} from './format.js';
import {addMessages, requestedLanguages, resolveLanguage, translator} from './i18n.js';
import {ADMIN_MESSAGES} from './admin/messages.js';
import {base} from './styles.js';

addMessages(ADMIN_MESSAGES);

const TABS = [
  {id: 'dashboard', panel: dashboard},
  {id: 'tiers', panel: tiers},
  {id: 'settings', panel: settings},
  {id: 'runs', panel: runs},
  {id: 'model', panel: model},
  {id: 'rules', panel: rules},
  {id: 'tokens', panel: tokens},
  {id: 'audit', panel: audit},
];

const look = sheet(`
[role=tablist] { display: flex; gap: .25rem; border-bottom: 2px solid var(--clv-border); flex-wrap: wrap; }
[role=tab] { background: none; color: var(--clv-text); border: none; border-bottom: 3px solid transparent;
  border-radius: 0; padding: .5rem .9rem; margin-bottom: -2px; }
[role=tab][aria-selected=true] { border-bottom-color: var(--clv-accent); color: var(--clv-accent); font-weight: 600; }
[role=tabpanel] { padding: 1rem 0; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .6rem; margin: .6rem 0; }
.kpi { border: 1px solid var(--clv-border); border-radius: 6px; padding: .5rem .7rem; display: flex; flex-direction: column; }
.kpi-label { color: var(--clv-muted); font-size: .85rem; }
.kpi-value { font-size: 1.2rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.2rem; align-items: start; }
section { margin-top: 1rem; }
svg[role=img] { display: block; max-width: 44rem; height: auto; }
/* Charts drawn at their box's width (charts.js responsive): the whole panel, text at its size. */
.chart-box { width: 100%; min-height: 1px; }
.chart-box svg[role=img] { max-width: none; }
.tier-table input:not([type=color]) { width: 8.5rem; }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; font-size: .85rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem; vertical-align: -1px; }
.field { display: flex; flex-direction: column; gap: .15rem; margin: .4rem 0 .6rem; }
.field label { font-weight: 600; font-size: .9rem; }
.field input, .field select { padding: .3rem .45rem; border: 1px solid #9aa5b1; border-radius: 4px; max-width: 28rem; }
.field input[type=color] { padding: 0; width: 3rem; height: 2rem; }
.field input.short { width: 7rem; }
.field input[type=checkbox] { align-self: flex-start; width: 1.1rem; height: 1.1rem; }
.with-unit { display: flex; align-items: center; gap: .3rem; }
.schedule-picker { display: flex; flex-direction: column; gap: .35rem; }
.schedule-picker .actions { flex-wrap: wrap; gap: .5rem; }
.cron-text[readonly] { background: #f5f7fa; color: var(--clv-muted); }
.cron-words { margin: 0; font-size: .9rem; }
.takes-effect { font-style: italic; }
.field input[aria-invalid] { border-color: var(--clv-error); }
.help { font-size: .85rem; }
.field-error:empty { display: none; }
fieldset { border: 1px solid var(--clv-border); border-radius: 6px; margin: .8rem 0; min-width: 0; }
.not-applied { border: 1px solid #9b1c1c; border-left-width: 4px; border-radius: 6px; padding: .2rem .8rem;
  color: #7f1d1d; background: #fef2f2; }
.tier-table td { vertical-align: top; border: none; padding: 0 .4rem 0 0; }
.actions { display: flex; gap: 1rem; align-items: center; }
progress { width: 100%; height: 1.1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { color: var(--clv-muted); }
dl.facts dd { margin: 0; }
pre { overflow: auto; max-height: 24rem; background: #f5f7fa; padding: .6rem; font-size: .8rem; }
dialog { border: 1px solid var(--clv-border); border-radius: 8px; max-width: 26rem; }
.dialog-actions { display: flex; gap: .6rem; justify-content: flex-end; margin-top: 1rem; }
.status:empty { display: none; }
[hidden] { display: none !important; }
.checks { display: flex; gap: .8rem; flex-wrap: wrap; }
.check { font-weight: normal; }
.label { font-weight: 600; font-size: .9rem; }
.form-error:empty { display: none; }
.changes ul { margin: 0; padding-left: 1rem; }
.preview[data-stale=true] .preview-table { opacity: .45; }
.impact { padding-left: 1.2rem; }
.changes code { overflow-wrap: anywhere; }
.new-token { font-family: monospace; width: 100%; max-width: 34rem; padding: .3rem .45rem; }
.token-made:not(:empty) { border: 1px solid var(--clv-border); border-left: 4px solid var(--clv-accent);
  border-radius: 6px; padding: .2rem .8rem .6rem; margin: .8rem 0; }
.scope { margin: .3rem 0; }
.scope .help { margin-left: 1.6rem; }
/* A phone: each audit entry a card, each tier's fields in two columns; nothing wider than the screen. */
@media (max-width: 600px) {
  .tier-table, .tier-table tbody { display: block; }
  .tier-table tr { display: grid; grid-template-columns: 1fr 1fr; gap: 0 .6rem; border-bottom: 1px solid var(--clv-border);
    padding: .3rem 0; }
  .tier-table td { display: block; padding: 0; }
  .tier-table input:not([type=color]) { width: 100%; box-sizing: border-box; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  /* Wide tables scroll inside the panel, not the page. */
  [role=tabpanel] table:not(.audit-list):not(.tier-table) { display: block; overflow-x: auto; max-width: 100%; }
  [role=tabpanel] svg { max-width: 100%; }
  .field input, .field select { max-width: 100%; box-sizing: border-box; }
  .audit-list, .audit-list tbody, .audit-list tr, .audit-list td { display: block; }
  .audit-list thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .audit-list tr { border: 1px solid var(--clv-border); border-radius: 6px; padding: .4rem .6rem; margin-bottom: .5rem; }
  .audit-list td { border: 0; padding: .1rem 0; }
}
`);

export class ClvAdmin extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).adoptedStyleSheets = [base, look];
    this.onHash = () => this.select(location.hash.slice(1), false);
  }

  async connectedCallback() {
    const {language, locale} = resolveLanguage(requestedLanguages(this));
    this.t = translator(language);
    this.locale = locale;
    this.api = new Api(this.getAttribute('api-base'), this.getAttribute('token'));
    const t = this.t;
    replace(this.shadowRoot, h('p', {role: 'status'}, t('admin.loadingConsole')));
    let me;
    try {
      me = await this.api.get('me');
    } catch (e) {
      replace(this.shadowRoot, h('p', {class: 'error', role: 'alert'}, t('admin.couldNotLoad', {error: e.message})));
      return;
    }
    if (!me.permissions.includes('clv.admin.read')) {
      replace(this.shadowRoot, h('p', {class: 'error', role: 'alert', 'data-state': 'forbidden'},
        t('admin.forbidden')));
      return;
    }
    this.canWrite = me.permissions.includes('clv.admin.write');
    this.tabs = TABS.map((tab) => h('button', {type: 'button', role: 'tab', id: `tab-${tab.id}`,
      'aria-controls': 'panel', 'aria-selected': 'false', tabindex: '-1', 'data-tab': tab.id,
      onclick: () => this.select(tab.id, true)}, t('admin.tab.' + tab.id)));
    this.panel = h('div', {role: 'tabpanel', id: 'panel', tabindex: '0'});
    const list = h('div', {role: 'tablist', 'aria-label': t('admin.tablist'), onkeydown: (e) => this.keys(e)},
      this.tabs);
    replace(this.shadowRoot, list, this.panel);
    window.addEventListener('hashchange', this.onHash);
    this.select(location.hash.slice(1), false);
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHash);
    if (this.abort) this.abort.abort();
  }

  /** Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern). */
  keys(e) {
    const at = this.tabs.indexOf(this.shadowRoot.activeElement);
    if (at < 0) return;
    const next = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: this.tabs.length - 1}[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = this.tabs[(next + this.tabs.length) % this.tabs.length];
    tab.focus();
    this.select(tab.dataset.tab, true);
  }

  async select(id, updateHash) {
    const tab = TABS.find((x) => x.id === id) || TABS[0];
    if (this.current === tab.id && this.panel.childElementCount > 0) return;
    this.current = tab.id;
    if (updateHash && location.hash.slice(1) !== tab.id) history.replaceState(null, '', '#' + tab.id);
    for (const b of this.tabs) {
      const selected = b.dataset.tab === tab.id;
      b.setAttribute('aria-selected', String(selected));
      b.tabIndex = selected ? 0 : -1;
    }
    this.panel.setAttribute('aria-labelledby', `tab-${tab.id}`);
    this.panel.dataset.panel = tab.id;
    if (this.abort) this.abort.abort();
    this.abort = new AbortController();
    replace(this.panel, h('p', {role: 'status', class: 'muted'}, this.t('admin.loading')));
    this.panel.setAttribute('aria-busy', 'true');
    const link = this.getAttribute('contact-link') || 'contacts/{partyId}';
    const context = {api: this.api, t: this.t, canWrite: this.canWrite, signal: this.abort.signal,
      contactLink: (partyId) => link.replace('{partyId}', encodeURIComponent(partyId)),
      f: (currency) => formatter(this.locale, currency || this.currency || 'USD'),
      onSaved: () => this.dispatchEvent(new CustomEvent('clv-saved', {bubbles: true, composed: true}))};
    try {
      const content = await tab.panel(context);
      if (this.current === tab.id) replace(this.panel, content);
    } catch (e) {
      if (this.current === tab.id) {
        replace(this.panel, h('p', {class: 'error', role: 'alert'}, e.status === 404
          ? this.t('admin.noRunYet') : this.t('admin.partFailed', {error: e.message})),
        h('button', {type: 'button', class: 'secondary', onclick: () => {
          this.current = null;
          this.select(tab.id, false);
        }}, this.t('admin.tryAgain')));
      }
    } finally {
      this.panel.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('clv-admin')) customElements.define('clv-admin', ClvAdmin);

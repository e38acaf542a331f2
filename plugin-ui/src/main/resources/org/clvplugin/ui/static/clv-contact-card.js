// <clv-contact-card party-id="..."> : a contact's value, tier, churn risk and history for a sales rep.
// Attributes: party-id (required), api-base (default: the API next to this file), lang (else the page's).

import {Api, segment} from './api.js';
import {chances, churnLevel, churnNoteKey, errorKey, isStale, MODEL_NAMES, moveKey, nextStepKey, retryable,
  spendAgainstBase, stateOf, trendPoints, valueChange} from './card-state.js';
import {sparkline} from './charts.js';
import {h, replace, sheet} from './dom.js';
import {formatter} from './format.js';
import {helpPage} from './help-link.js';
import {requestedLanguages, resolveLanguage, translator} from './i18n.js';
import {base, textOn} from './styles.js';

const look = sheet(`
:host { max-width: 26rem; }
article { border: 1px solid var(--clv-border); border-radius: 8px; padding: .9rem 1rem; background: var(--clv-surface); }
header { display: flex; justify-content: space-between; align-items: center; gap: .5rem; flex-wrap: wrap; }
.clv { margin-top: .5rem; display: flex; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
.clv-value { font-size: 1.7rem; font-weight: 700; }
.progress { height: .5rem; background: #e4e7eb; border-radius: 999px; overflow: hidden; margin-top: .6rem; }
.progress .fill { display: block; height: 100%; background: var(--clv-accent); }
dl { display: grid; grid-template-columns: 1fr auto; gap: .2rem .75rem; margin: .8rem 0 0; }
dt { color: var(--clv-muted); }
dd { margin: 0; text-align: right; font-weight: 600; }
details { margin-top: .8rem; }
summary { cursor: pointer; color: var(--clv-accent); font-weight: 600; }
ol { list-style: none; padding: 0; margin: .3rem 0 0; }
li { display: flex; gap: .5rem; align-items: baseline; padding: .15rem 0; }
li time { color: var(--clv-muted); min-width: 6.5rem; font-size: .85rem; }
footer { margin-top: .8rem; font-size: .8rem; color: var(--clv-muted); }
.state { padding: .4rem 0; }
.risk-high { color: var(--clv-error); }
.risk-low { color: var(--clv-good); }
.drivers { list-style: disc; padding-left: 1.2rem; margin: .4rem 0; }
.drivers li { display: list-item; padding: .1rem 0; }
.conflict { margin: .6rem 0 0; padding: .4rem .6rem; border-left: 3px solid var(--clv-accent); background: #f3f6fb; }
.churn-note { margin: .3rem 0 0; font-size: .85rem; }
.next-step { background: #eef2ff; padding: .45rem .6rem; border-radius: 4px; margin: .3rem 0 .6rem; }
.follow-ups ul { list-style: disc; padding-left: 1.2rem; margin: .2rem 0 .6rem; }
.follow-ups li { display: list-item; font-size: .9rem; }
h3 { font-size: 1rem; margin: .6rem 0 .2rem; }
`);

export class ClvContactCard extends HTMLElement {
  static observedAttributes = ['party-id', 'lang', 'api-base', 'token'];

  constructor() {
    super();
    this.attachShadow({mode: 'open'}).adoptedStyleSheets = [base, look];
    this.loadCount = 0;
  }

  connectedCallback() {
    this.load();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.isConnected || before === after) return;
    if (name === 'lang' && this.lastShown) {
      this.lastShown();
    } else {
      this.load();
    }
  }

  get texts() {
    const {language, locale} = resolveLanguage(requestedLanguages(this));
    return {t: translator(language), locale, language};
  }

  /** Fetches the value and the history and shows them; a later call wins over an earlier one still loading. */
  async load() {
    const partyId = this.getAttribute('party-id');
    if (!partyId) return;
    const ticket = ++this.loadCount;
    const api = new Api(this.getAttribute('api-base'), this.getAttribute('token'));
    this.showLoading();
    const [value, history, followUps] = await Promise.allSettled([
      api.get(`contacts/${segment(partyId)}/value`),
      api.get(`contacts/${segment(partyId)}/history`),
      api.get(`contacts/${segment(partyId)}/follow-ups`),
    ]);
    if (ticket !== this.loadCount) return;
    if (value.status === 'rejected') {
      this.showError(value.reason);
      this.dispatchEvent(new CustomEvent('clv-value-error', {detail: {status: value.reason.status}, bubbles: true,
        composed: true}));
      return;
    }
    const settled = (answer) => (answer.status === 'fulfilled' ? answer.value : null);
    this.show(value.value, settled(history), settled(followUps));
    this.dispatchEvent(new CustomEvent('clv-value', {detail: value.value, bubbles: true, composed: true}));
  }

  showLoading() {
    this.lastShown = () => this.showLoading();
    const {t} = this.texts;
    replace(this.shadowRoot, h('article', {'aria-busy': 'true', 'data-state': 'loading'},
      h('h2', {}, t('card.title')), h('p', {class: 'state muted', role: 'status'}, t('card.loading'))));
  }

  showError(error) {
    this.lastShown = () => this.showError(error);
    const {t} = this.texts;
    const detail = error.problem && error.problem.detail;
    replace(this.shadowRoot, h('article', {'data-state': 'error'},
      h('h2', {}, t('card.title')),
      h('p', {class: 'state error', role: 'alert'}, t(errorKey(error))),
      detail && error.status >= 500 ? h('p', {class: 'muted'}, detail) : null,
      retryable(error) ? h('button', {type: 'button', class: 'retry', onclick: () => this.load()},
        t('card.retry')) : null));
  }

  /** Renders a value answer (and the history and the rules' follow-ups, when there are). */
  show(value, history, followUps) {
    this.lastShown = () => this.show(value, history, followUps);
    const {t, locale} = this.texts;
    const f = formatter(locale, value.currency || (value.run && value.run.currency));
    const state = stateOf(value);
    const stale = isStale(value);
    const header = h('header', {}, h('h2', {id: 'title'}, t('card.title')), tierBadge(value.tier, t));
    const parts = [header];
    if (stale) {
      parts.push(h('p', {class: 'stale', role: 'status'}, t('card.stale', {date: f.time(value.run.publishedAt)})));
    }
    const next = nextStepKey(value);
    if (next) {
      parts.push(h('p', {class: 'next-step', 'data-step': next}, h('strong', {}, t('next.title')), ' ', t(next)));
    }
    if (followUps && followUps.length > 0) parts.push(followUpList(followUps, t, f));
    if (state === 'scored') {
      parts.push(...scored(value, t, f));
      const change = valueChange(history && history.points);
      if (change) {
        parts.push(h('p', {class: 'change muted', 'data-change': change.key},
          t(change.key, {percent: f.percent(change.share)})));
      }
    } else {
      const key = {'no-orders': 'card.noOrders', 'not-scored': 'card.notScored', 'no-run': 'card.noRun'}[state];
      parts.push(h('p', {class: 'state muted', role: 'status'}, t(key)));
    }
    if (history && state !== 'no-run') parts.push(...past(history, t, f));
    if (value.run) {
      parts.push(h('footer', {}, t('card.run', {id: value.run.id, date: f.time(value.run.publishedAt),
        asOf: f.day(value.run.asOf)})));
    }
    replace(this.shadowRoot, h('article', {'aria-labelledby': 'title', 'data-state': state,
      'data-stale': String(stale)}, parts));
  }
}

/** What the rules did for the contact: each task or webhook, its state in words, and the change that fired it. */
function followUpList(followUps, t, f) {
  return h('section', {class: 'follow-ups'}, h('h3', {}, t('follow.title')),
    h('ul', {}, followUps.map((x) => {
      const kind = x.action === 'WEBHOOK' ? 'webhook' : 'task';
      const state = {DELIVERED: 'Done', DEAD: 'Dead'}[x.state] || 'Waiting';
      const text = t(`follow.${kind}${state}`, {rule: x.rule, subject: x.subject || x.rule,
        date: x.deliveredAt ? f.day(x.deliveredAt) : '', due: x.dueAt ? f.day(x.dueAt) : ''});
      const change = x.fromTier || x.toTier ? ` · ${x.fromTier || t('card.noTier')} → ${x.toTier || t('card.noTier')}`
        : '';
      return h('li', {'data-state': x.state, 'data-action': x.action}, h('span', {}, text),
        change ? h('span', {class: 'muted'}, change) : null);
    })));
}

function tierBadge(tier, t) {
  if (!tier || !tier.key) return h('span', {class: 'badge muted', 'data-tier': ''}, t('card.noTier'));
  return h('span', {class: 'badge', 'data-tier': tier.key, title: t('card.tier'),
    style: {background: tier.colour, color: textOn(tier.colour)}}, tier.name);
}

/**
 * A count of weeks or months with its noun in the language's plural form ("1 week", "2,5 тижня"): the plural is
 * chosen for the number as shown, rounded to the digits given.
 */
function counted(unit, value, t, f, digits = 0) {
  const shown = Math.round(value * 10 ** digits) / 10 ** digits;
  return t.plural('count.' + unit, shown, f.number(shown, digits));
}

function scored(value, t, f) {
  const p = value.prediction;
  const months = counted('months', p.horizonMonths, t, f);
  const chance = chances(p.probabilityAlive);
  const level = chance ? churnLevel(chance.alive) : null;
  const churnNote = churnNoteKey(p);
  return [
    h('p', {class: 'muted'}, t('card.predicted', {months})),
    h('p', {class: 'clv'}, h('strong', {class: 'clv-value'}, f.money(p.clv)),
      h('span', {class: 'clv-range muted'}, typeof p.clvLow === 'number'
        ? t('card.likely', {low: f.money(p.clvLow), high: f.money(p.clvHigh)}) : t('card.noRange'))),
    h('p', {class: 'spent'}, t('card.spent', {amount: f.money(value.historicalValue),
      orders: t.plural('card.orders', value.orders, f.number(value.orders))})),
    tierProgress(value.tier, t, f),
    h('dl', {},
      h('dt', {}, t('card.churn')),
      h('dd', {class: `churn risk-${level || 'unknown'}`}, chance
        ? t('card.churnValue', {level: t(`risk.${level}`), percent: f.chance(chance.churn)}) : t('card.churnUnknown')),
      h('dt', {}, t('card.expectedOrders', {months})),
      h('dd', {class: 'expected-orders'}, f.number(p.expectedOrders, 1)),
      h('dt', {}, t('card.orderValue')),
      h('dd', {class: 'order-value'}, f.money(p.expectedOrderValue)),
      value.rfm ? [h('dt', {}, t('card.segment')), h('dd', {class: 'segment'}, t.segment(value.rfm.segment))] : null),
    churnNote ? h('p', {class: 'churn-note muted'}, t(churnNote, {model: MODEL_NAMES[p.aliveModel] || p.aliveModel}))
      : null,
    agreement(value, t, f),
    why(value, t, f),
  ];
}

/** Where the RFM segment and the model's churn risk disagree, why, in words (shown on the card, not folded). */
function agreement(value, t, f) {
  const d = value.explanation && value.explanation.drivers;
  if (!d || !value.rfm) return null;
  const segment = t.segment(value.rfm.segment);
  if (d.agreement === 'ACTIVE_SEGMENT_LIKELY_LOST') {
    // Months read better for long silences; a short one in weeks, as the drivers say it.
    const months = d.weeksSinceLastOrder * 7 / 30.4375;
    return h('p', {class: 'conflict', role: 'note'}, months >= 3
      ? t('why.conflictLost', {segment, months: counted('months', months, t, f), ratio: f.number(d.gapRatio, 1)})
      : t('why.conflictLostWeeks', {segment, weeks: counted('weeks', d.weeksSinceLastOrder, t, f),
        ratio: f.number(d.gapRatio, 1)}));
  }
  if (d.agreement === 'QUIET_SEGMENT_LIKELY_ACTIVE') {
    return h('p', {class: 'conflict', role: 'note'}, t('why.conflictActive', {segment,
      gap: counted('weeks', d.usualGapWeeks, t, f, 1), since: counted('weeks', d.weeksSinceLastOrder, t, f)}));
  }
  return null;
}

function tierProgress(tier, t, f) {
  if (!tier) return null;
  if (!tier.nextKey) {
    return tier.key ? h('p', {class: 'to-next muted'}, t('card.topTier'),
      tier.since ? ` · ${t('card.since', {date: f.day(tier.since)})}` : '') : null;
  }
  const share = tier.progressToNext === null || tier.progressToNext === undefined ? null : tier.progressToNext;
  const missing = tier.basis === 'CLV_PERCENTILE'
    ? t('card.toNextPoints', {amount: f.number(tier.missingToNext, 1), tier: tier.nextName})
    : t('card.toNext', {amount: f.money(tier.missingToNext), tier: tier.nextName});
  return h('div', {class: 'tier'},
    share === null ? null : h('div', {class: 'progress', role: 'progressbar', 'aria-valuemin': 0,
      'aria-valuemax': 100, 'aria-valuenow': Math.round(share * 100), 'aria-valuetext': missing,
      'aria-label': t('card.progressLabel', {tier: tier.nextName})},
    h('span', {class: 'fill', style: {width: `${(share * 100).toFixed(1)}%`}})),
    h('p', {class: 'to-next'}, missing,
      tier.since ? h('span', {class: 'muted'}, ` · ${t('card.since', {date: f.day(tier.since)})}`) : null));
}

function why(value, t, f) {
  const e = value.explanation;
  const p = value.prediction;
  const chance = chances(p.probabilityAlive);
  const d = e.drivers;
  const spend = spendAgainstBase(d);
  return h('details', {class: 'why'}, h('summary', {}, t('card.why')),
    h('ul', {class: 'drivers'},
      h('li', {}, t.plural('why.frequency', d.purchaseDays, f.number(d.purchaseDays),
        {weeks: counted('weeks', d.weeksAsCustomer, t, f)})),
      h('li', {}, typeof d.usualGapWeeks === 'number'
        ? t('why.recencyRhythm', {since: counted('weeks', d.weeksSinceLastOrder, t, f),
          gap: counted('weeks', d.usualGapWeeks, t, f, 1), ratio: f.number(d.gapRatio, 1)})
        : t('why.recencyOnce', {since: counted('weeks', d.weeksSinceLastOrder, t, f)})),
      h('li', {}, t(spend.key, {value: f.money(d.orderValue), base: f.money(d.baseOrderValue),
        percent: f.percent(spend.share)}))),
    h('p', {class: 'why-text'}, t('card.whyText', {orders: f.number(e.expectedOrders, 1),
      months: counted('months', e.horizonMonths, t, f),
      orderValue: f.money(e.expectedOrderValue), margin: f.percent(e.margin), undiscounted: f.money(e.undiscountedValue),
      rate: f.percent(e.monthlyDiscount), clv: f.money(e.clv)})),
    h('p', {class: 'why-alive'}, chance ? t('card.whyAlive', {alive: f.chance(chance.alive)})
      : t('card.whyAliveUnknown')),
    p.model === 'formula' ? h('p', {class: 'why-formula'}, t('card.whyFormula')) : null,
    h('p', {}, h('a', {class: 'how-computed', href: helpPage(t.language, 'orders'), target: '_blank',
      rel: 'noopener'}, t('card.howComputed'))));
}


function past(history, t, f) {
  const parts = [];
  const points = trendPoints(history);
  if (points.length === 1) {
    // A line needs two runs: one run is said in words, not drawn as a lone dot.
    parts.push(h('section', {class: 'trend'}, h('h3', {}, t('card.trend')),
      h('p', {class: 'one-run muted'}, t('card.oneRun', {value: f.money(points[0].value)}))));
  } else if (points.length > 1) {
    const label = t.plural('card.trendLabel', points.length, f.number(points.length), {first: f.money(points[0].value),
      last: f.money(points[points.length - 1].value)});
    parts.push(h('section', {class: 'trend'}, h('h3', {}, t('card.trend')), sparkline(points, {label}),
      h('p', {class: 'visually-hidden'}, label)));
  }
  if (history.tierChanges && history.tierChanges.length > 0) {
    const items = history.tierChanges.slice().reverse().slice(0, 6).map((c) => h('li', {},
      h('time', {datetime: c.changedAt}, f.time(c.changedAt)),
      h('span', {}, t(moveKey(c.direction), {from: c.fromName, to: c.toName})),
      h('span', {class: 'reason muted'}, ` · ${reasonText(c, t, f)}`)));
    parts.push(h('section', {class: 'timeline'}, h('h3', {}, t('card.timeline')), h('ol', {}, items)));
  }
  return parts;
}

/** Why the tier changed, in the card's language and money (the run's own words when they are not ours). */
export function reasonText(change, t, f) {
  const why = change.why || {kind: 'OTHER'};
  const value = why.value === null || why.value === undefined ? ''
    : why.percentile ? t('tier.percentile', {n: f.number(why.value, 1)}) : f.money(why.value);
  switch (why.kind) {
    case 'ENTERED': return t('tier.at', {value});
    case 'CROSSED': return t('tier.crossed', {value});
    case 'GRACE_EXPIRED': return t('tier.grace', {value,
      spell: t.plural(why.unit === 'days' ? 'tier.days' : 'tier.runs', why.count, f.number(why.count))});
    case 'POLICY_CHANGED': return t('tier.policy');
    default: return change.reason || '';
  }
}

if (!customElements.get('clv-contact-card')) customElements.define('clv-contact-card', ClvContactCard);

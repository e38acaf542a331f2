// Dashboard: contacts per tier and segment, the CLV distribution with the tier thresholds, KPIs, cohorts, trend.

import {histogram, lines, responsive} from '../charts.js';
import {h} from '../dom.js';
import {textOn} from '../styles.js';

/** How the summary names the contacts without a tier or a segment (those without orders). */
const NONE = '(none)';

export async function dashboard({api, f, t}) {
  const [summary, policy] = await Promise.all([api.get('summary'), api.get('tiers')]);
  const money = (v) => f(summary.currency).money(v);
  const fmt = f(summary.currency);
  const byKey = new Map(policy.tiers.map((tier) => [tier.key, tier]));
  const kpi = (label, value, note) => h('div', {class: 'kpi'}, h('span', {class: 'kpi-label'}, label),
    h('strong', {class: 'kpi-value'}, value), note ? h('span', {class: 'kpi-note muted'}, note) : null);
  // The policy's order, lowest tier first; keys only the run knows (no tier, a removed tier) after them.
  const tierKeys = policy.tiers.map((tier) => tier.key).filter((key) => key in summary.perTier)
    .concat(Object.keys(summary.perTier).filter((key) => !byKey.has(key)));
  const tierRows = tierKeys.map((key) => [key, summary.perTier[key]]).map(([key, count]) => {
    const tier = byKey.get(key);
    return h('tr', {'data-tier': key},
      h('td', {}, tier ? h('span', {class: 'badge', style: {background: tier.colour, color: textOn(tier.colour)}},
        tier.displayName) : key === NONE ? t('card.noTier') : key),
      h('td', {class: 'num'}, fmt.number(count)), h('td', {class: 'num'}, fmt.percent(count / summary.contacts)));
  });
  const segmentRows = Object.entries(summary.perSegment).sort((a, b) => b[1] - a[1]).map(([name, count]) =>
    h('tr', {}, h('td', {}, name === NONE ? t('dash.noSegment') : t.segment(name)),
      h('td', {class: 'num'}, fmt.number(count)),
      h('td', {class: 'num'}, fmt.percent(count / summary.contacts))));
  const thresholds = policy.basis === 'PREDICTED_CLV' ? policy.tiers.map((tier) => ({key: tier.key,
    name: tier.displayName, colour: tier.colour, threshold: tier.threshold})) : [];
  const trend = summary.trend || [];
  const tierSeries = policy.tiers.map((tier) => ({name: tier.displayName, colour: tier.colour,
    values: trend.map((p) => p.perTier[tier.key] || 0)}));
  return h('div', {class: 'dashboard'},
    h('p', {class: 'muted'}, t('dash.run', {id: summary.runId, date: fmt.time(summary.publishedAt)})),
    h('div', {class: 'kpis'},
      kpi(t('dash.contacts'), fmt.number(summary.contacts)),
      kpi(t('dash.withOrders'), fmt.number(summary.contactsWithOrders)),
      kpi(t('dash.totalClv'), money(summary.totalClv)),
      kpi(t('dash.totalBought'), money(summary.totalHistoricalValue)),
      kpi(t('dash.repeatRate'), fmt.percent(summary.kpis.repeatPurchaseRate)),
      kpi(t('dash.expectedChurn'), summary.kpis.expectedChurn === null ? t('dash.notEstimated')
        : fmt.percent(summary.kpis.expectedChurn), summary.kpis.withoutChurnEstimate > 0
        ? t.plural('dash.withoutChurn', summary.kpis.withoutChurnEstimate,
          fmt.number(summary.kpis.withoutChurnEstimate)) : null),
      kpi(t('dash.averageOrder'), money(summary.kpis.averageOrderValue)),
      kpi(t('dash.ordersPerCustomer'), fmt.number(summary.kpis.purchaseFrequency, 2))),
    h('div', {class: 'columns'},
      h('section', {}, h('h3', {}, t('dash.perTier')), h('table', {class: 'per-tier'},
        h('thead', {}, h('tr', {}, h('th', {}, t('dash.tier')), h('th', {class: 'num'}, t('dash.contacts')),
          h('th', {class: 'num'}, t('dash.share')))), h('tbody', {}, tierRows))),
      h('section', {}, h('h3', {}, t('dash.perSegment')), h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, t('dash.segment')), h('th', {class: 'num'}, t('dash.contacts')),
          h('th', {class: 'num'}, t('dash.share')))), h('tbody', {}, segmentRows)))),
    h('section', {class: 'distribution'}, h('h3', {}, t('dash.distribution')),
      responsive((width) => histogram(summary.histogram, thresholds, {width,
        format: (v) => fmt.axisMoney(v), count: (v) => fmt.number(v), xTitle: t('dash.valueAxis'),
        yTitle: t('dash.contacts'),
        label: t('dash.histogramLabel')})),
      policy.basis === 'PREDICTED_CLV' ? null
        : h('p', {class: 'muted'}, t('dash.basisNotOnAxis', {basis: t('basis.' + policy.basis)}))),
    h('section', {}, h('h3', {id: 'cohorts-title'}, t('dash.cohorts.' + summary.cohortPeriod)),
      // It scrolls on a phone: the keyboard must reach it.
      h('table', {class: 'cohorts', tabindex: '0', 'aria-labelledby': 'cohorts-title'},
      h('thead', {}, h('tr', {}, h('th', {}, t('dash.cohort')), h('th', {class: 'num'}, t('dash.contacts')),
        h('th', {class: 'num'}, t('dash.averageBought')), h('th', {class: 'num'}, t('dash.averagePredicted')),
        h('th', {class: 'num'}, t('dash.stillActive')))),
      h('tbody', {}, summary.cohorts.map((c) => h('tr', {}, h('td', {}, c.period),
        h('td', {class: 'num'}, fmt.number(c.contacts)), h('td', {class: 'num'}, money(c.averageHistoricalValue)),
        h('td', {class: 'num'}, money(c.averageClv)),
        h('td', {class: 'num'}, c.shareAlive === null ? '–' : fmt.percent(c.shareAlive))))))),
    trendSection(trend, tierSeries, t, fmt, money));
}

/** The trend over the runs kept: total predicted value and contacts per tier, by the runs' dates; one run has none. */
function trendSection(trend, tierSeries, t, fmt, money) {
  const heading = h('h3', {}, t.plural('dash.trend', trend.length, fmt.number(trend.length)));
  if (trend.length < 2) return h('section', {class: 'trend'}, heading, h('p', {class: 'muted trend-empty'},
    t('dash.trendOneRun')));
  // Runs on different days by their day; several on one day by their time too.
  const days = trend.map((p) => fmt.date(p.publishedAt));
  const dates = new Set(days).size === days.length ? days : trend.map((p) => fmt.time(p.publishedAt));
  return h('section', {class: 'trend'}, heading,
    h('h4', {}, t('dash.totalClv')),
    responsive((width) => lines([{name: t('dash.totalClv'), colour: '#1d4ed8',
      values: trend.map((p) => p.totalClv)}], dates, {width, format: (v) => fmt.axisMoney(v),
      label: t('dash.totalClvPerRun', {values: trend.map((p, i) => `${dates[i]}: ${money(p.totalClv)}`).join(', ')})})),
    h('h4', {}, t('dash.perTierPerRun')),
    responsive((width) => lines(tierSeries, dates, {width, format: (v) => fmt.number(v),
      label: t('dash.perTierPerRun')})),
    h('p', {class: 'legend'}, tierSeries.map((sr) => h('span', {class: 'key'},
      h('span', {class: 'swatch', style: {background: sr.colour}}), sr.name))));
}

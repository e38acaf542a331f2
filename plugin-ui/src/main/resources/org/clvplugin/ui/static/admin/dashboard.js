// Dashboard: contacts per tier and segment, the CLV distribution with the tier thresholds, KPIs, cohorts, trend.

import {histogram, lines} from '../charts.js';
import {h} from '../dom.js';
import {textOn} from '../styles.js';

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
        tier.displayName) : key),
      h('td', {class: 'num'}, fmt.number(count)), h('td', {class: 'num'}, fmt.percent(count / summary.contacts)));
  });
  const segmentRows = Object.entries(summary.perSegment).sort((a, b) => b[1] - a[1]).map(([name, count]) =>
    h('tr', {}, h('td', {}, t.segment(name)), h('td', {class: 'num'}, fmt.number(count)),
      h('td', {class: 'num'}, fmt.percent(count / summary.contacts))));
  const thresholds = policy.basis === 'PREDICTED_CLV' ? policy.tiers.map((tier) => ({key: tier.key,
    name: tier.displayName, colour: tier.colour, threshold: tier.threshold})) : [];
  const trend = summary.trend || [];
  const tierSeries = policy.tiers.map((tier) => ({name: tier.displayName, colour: tier.colour,
    values: trend.map((p) => p.perTier[tier.key] || 0)}));
  return h('div', {class: 'dashboard'},
    h('p', {class: 'muted'}, `Run ${summary.runId}, published ${fmt.time(summary.publishedAt)}`),
    h('div', {class: 'kpis'},
      kpi('Contacts', fmt.number(summary.contacts)),
      kpi('With orders', fmt.number(summary.contactsWithOrders)),
      kpi('Total predicted value', money(summary.totalClv)),
      kpi('Total bought so far', money(summary.totalHistoricalValue)),
      kpi('Repeat purchase rate', fmt.percent(summary.kpis.repeatPurchaseRate)),
      kpi('Expected churn', summary.kpis.expectedChurn === null ? 'not estimated'
        : fmt.percent(summary.kpis.expectedChurn), summary.kpis.withoutChurnEstimate > 0
        ? `${fmt.number(summary.kpis.withoutChurnEstimate)} contacts without a churn estimate left out` : null),
      kpi('Average order value', money(summary.kpis.averageOrderValue)),
      kpi('Orders per customer', fmt.number(summary.kpis.purchaseFrequency, 2))),
    h('div', {class: 'columns'},
      h('section', {}, h('h3', {}, 'Contacts per tier'), h('table', {class: 'per-tier'},
        h('thead', {}, h('tr', {}, h('th', {}, 'Tier'), h('th', {class: 'num'}, 'Contacts'),
          h('th', {class: 'num'}, 'Share'))), h('tbody', {}, tierRows))),
      h('section', {}, h('h3', {}, 'Contacts per segment'), h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Segment'), h('th', {class: 'num'}, 'Contacts'),
          h('th', {class: 'num'}, 'Share'))), h('tbody', {}, segmentRows)))),
    h('section', {class: 'distribution'}, h('h3', {}, 'Predicted value per contact'),
      histogram(summary.histogram, thresholds, {format: money, label: `Histogram of predicted value per contact in`
        + ` bins of ${money(summary.histogram.binWidth)} (square-root scale), with the tier thresholds`}),
      policy.basis === 'PREDICTED_CLV' ? null
        : h('p', {class: 'muted'}, `The tiers are on ${policy.basis.toLowerCase().replace('_', ' ')}: their`
          + ' thresholds are not on this axis.')),
    h('section', {}, h('h3', {}, `Cohorts by ${summary.cohortPeriod} of first order`), h('table', {class: 'cohorts'},
      h('thead', {}, h('tr', {}, h('th', {}, 'Cohort'), h('th', {class: 'num'}, 'Contacts'),
        h('th', {class: 'num'}, 'Average bought'), h('th', {class: 'num'}, 'Average predicted'),
        h('th', {class: 'num'}, 'Still active'))),
      h('tbody', {}, summary.cohorts.map((c) => h('tr', {}, h('td', {}, c.period),
        h('td', {class: 'num'}, fmt.number(c.contacts)), h('td', {class: 'num'}, money(c.averageHistoricalValue)),
        h('td', {class: 'num'}, money(c.averageClv)), h('td', {class: 'num'}, c.shareAlive === null ? '–' : fmt.percent(c.shareAlive))))))),
    h('section', {class: 'trend'}, h('h3', {}, `Trend over the last ${trend.length} runs`),
      lines([{name: 'Total predicted value', colour: '#1d4ed8', values: trend.map((p) => p.totalClv)}], trend.length,
        {format: money, label: `Total predicted value per run: ${trend.map((p) => money(p.totalClv)).join(', ')}`}),
      lines(tierSeries, trend.length, {format: (v) => fmt.number(v), label: 'Contacts per tier per run'}),
      h('p', {class: 'legend'}, tierSeries.map((sr) => h('span', {class: 'key'},
        h('span', {class: 'swatch', style: {background: sr.colour}}), sr.name)))));
}

import {ADMIN_MESSAGES} from '../ui/admin/messages.js';
import {dashboard} from '../ui/admin/dashboard.js';
import {formatter} from '../ui/format.js';
import {addMessages, translator} from '../ui/i18n.js';
import {eq, ok, test} from './harness.js';

addMessages(ADMIN_MESSAGES);

const POLICY = {basis: 'PREDICTED_CLV', tiers: [
  {key: 'BRONZE', displayName: 'Bronze', colour: '#A97142', threshold: 0},
  {key: 'GOLD', displayName: 'Gold', colour: '#C9A227', threshold: 300}]};

function summary(trend) {
  return {runId: 2, publishedAt: '2026-12-03T02:00:00Z', currency: 'EUR', contacts: 10, contactsWithOrders: 9,
    totalClv: 80428, totalHistoricalValue: 2000, kpis: {repeatPurchaseRate: 0.5, expectedChurn: 0.4,
      withoutChurnEstimate: 0, averageOrderValue: 35, purchaseFrequency: 2.9},
    perTier: {BRONZE: 8, GOLD: 1, '(none)': 1}, perSegment: {Champions: 9},
    histogram: {edges: [0, 1, 2, 5, 10, 20, 50, 100, 200, 500], counts: [1, 0, 0, 1, 2, 17334, 3, 1, 1]},
    cohortPeriod: 'quarter', cohorts: [], trend};
}

async function shown(trend, language) {
  const api = {get: async (path) => (path === 'summary' ? summary(trend) : POLICY)};
  const tab = await dashboard({api, t: translator(language), f: (c) => formatter(language, c || 'EUR')});
  document.body.append(tab);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return tab;
}

test('one run: the trend says it shows from the second run on, and draws nothing', async () => {
  const tab = await shown([{runId: 2, publishedAt: '2026-12-03T02:00:00Z', totalClv: 80428, perTier: {GOLD: 1}}],
    'en');
  eq(tab.querySelector('.trend-empty').textContent, 'One run so far: the trend shows from the second run on.');
  eq(tab.querySelectorAll('.trend svg').length, 0);
  tab.remove();
});

test('the charts fill their box and say their numbers formatted, the trend by the runs\' dates', async () => {
  const trend = [1, 2, 3].map((d) => ({runId: d, publishedAt: `2026-12-0${d}T02:00:00Z`, totalClv: 80000 + d * 214,
    perTier: {GOLD: d}}));
  const tab = await shown(trend, 'de');
  const histogram = tab.querySelector('.distribution svg');
  ok(histogram, 'the histogram is drawn once its box has a width');
  eq(Number(histogram.getAttribute('viewBox').split(' ')[2]), Math.floor(tab.querySelector('.distribution .chart-box')
    .getBoundingClientRect().width), 'drawn at its box\'s width');
  const ticks = [...tab.querySelectorAll('svg text.tick')].map((x) => x.textContent.replace(/\s/g, ' '));
  ok(ticks.includes('20.000'), 'counts grouped the German way: ' + ticks);
  ok(ticks.includes('100.000 €') && ticks.includes('50.000 €'), 'the total on a round axis: ' + ticks);
  const numbers = [...tab.querySelectorAll('svg text.tick:not(.x-tick), .distribution svg text.tick')];
  ok(numbers.every((x) => !/\d{4}/.test(x.textContent)), 'no raw long number: ' + ticks);
  ok(['0 €', '1 €', '10 €', '100 €'].every((v) => ticks.includes(v)), 'decades in whole euros: ' + ticks);
  const dates = [...tab.querySelectorAll('.trend svg text.x-tick')].map((x) => x.textContent);
  eq(dates.slice(0, 3), ['01.12.2026', '02.12.2026', '03.12.2026'], 'the runs\' dates under the total');
  tab.remove();
});

test('runs on the same day are told apart by their time', async () => {
  const trend = ['02:00', '14:30'].map((time, i) => ({runId: i + 1, publishedAt: `2026-12-03T${time}:00Z`,
    totalClv: 80000, perTier: {GOLD: 1}}));
  const tab = await shown(trend, 'en');
  const dates = [...tab.querySelectorAll('.trend svg text.x-tick')].slice(0, 2).map((x) => x.textContent);
  ok(dates[0] !== dates[1] && dates.every((d) => /\d:\d\d/.test(d)), 'a time beside the day: ' + dates);
  tab.remove();
});

import '../ui/clv-contact-card.js';
import {eq, ok, test} from './harness.js';

const RUN = {id: 4, publishedAt: '2026-11-23T02:00:05Z', asOf: '1998-06-30', model: 'bgnbd', currency: 'USD',
  horizonMonths: 12, monthlyDiscount: 0.01, margin: 1};

function scored(overrides = {}) {
  return {partyId: 'CD1', name: 'Ann Adams', ownerPartyId: 'REP_ANNA', status: 'SCORED', run: RUN,
    freshness: {stale: false, dueBy: '2026-11-24T03:00:00Z'}, currency: 'USD', orders: 12,
    firstOrderDate: '1997-01-29', lastOrderDate: '1998-06-29', historicalValue: 3000,
    prediction: {clv: 1240.4, clvLow: 900, clvHigh: 1700.2, intervalUnavailable: null, expectedOrders: 3.3,
      horizonMonths: 12, expectedOrderValue: 95.74, probabilityAlive: 0.9, churnRisk: 0.1, aliveModel: 'bgnbd',
      churnNote: null, model: 'bgnbd'},
    tier: {key: 'SILVER', name: 'Silver', colour: '#8A9597', since: '2026-11-01', basis: 'PREDICTED_CLV',
      nextKey: 'GOLD', nextName: 'Gold', missingToNext: 180, progressToNext: 0.55, rank: 2, tiers: 4},
    rfm: {recency: 5, frequency: 4, monetary: 5, segment: 'Champions'},
    explanation: {expectedOrders: 3.3, expectedOrderValue: 95.74, margin: 1, discountFactor: 0.94, horizonMonths: 12,
      monthlyDiscount: 0.01, undiscountedValue: 1319.6, clv: 1240.4, text: 'server text',
      drivers: {purchaseDays: 12, weeksAsCustomer: 74, weeksSinceLastOrder: 0.1, usualGapWeeks: 6.7, gapRatio: 0,
        orderValue: 250, baseOrderValue: 35.2, agreement: 'AGREE'}},
    ...overrides};
}

const HISTORY = {partyId: 'CD1', points: [
  {runId: 3, publishedAt: '2026-11-22T02:00:05Z', clv: 1100, clvLow: 800, clvHigh: 1500},
  {runId: 4, publishedAt: '2026-11-23T02:00:05Z', clv: 1240.4, clvLow: 900, clvHigh: 1700.2}],
tierChanges: [{runId: 2, changedAt: '2026-11-01T02:00:00Z', fromTier: null, fromName: null, toTier: 'BRONZE',
  toName: 'Bronze', direction: 'ENTERED', reason: 'entered at 40.00', why: {kind: 'ENTERED', value: 40}},
{runId: 3, changedAt: '2026-11-22T02:00:00Z', fromTier: 'BRONZE', fromName: 'Bronze', toTier: 'SILVER',
  toName: 'Silver', direction: 'UP', reason: 'threshold of SILVER crossed at 120.00',
  why: {kind: 'CROSSED', value: 120, percentile: false}}]};

function card(lang) {
  const el = document.createElement('clv-contact-card');
  if (lang) el.setAttribute('lang', lang);
  document.getElementById('stage').append(el);
  return el;
}

const $ = (el, selector) => el.shadowRoot.querySelector(selector);

test('a scored contact: value with interval, history, tier with progress, churn, orders, segment, why', () => {
  const el = card();
  el.show(scored(), HISTORY);
  eq($(el, 'article').dataset.state, 'scored');
  eq($(el, '.clv-value').textContent, '$1,240');
  eq($(el, '.clv-range').textContent, 'likely $900–$1,700');
  eq($(el, '.spent').textContent, 'Bought so far: $3,000 in 12 orders');
  eq($(el, '.badge').textContent, 'Silver');
  eq($(el, '.badge').style.color, 'rgb(0, 0, 0)', 'black reads better on silver');
  eq($(el, '[role=progressbar]').getAttribute('aria-valuenow'), '55');
  eq($(el, '.to-next').firstChild.textContent, '$180 to Gold');
  eq($(el, '.churn').textContent, 'Low (10%)');
  eq($(el, '.expected-orders').textContent, '3.3', 'the same expected orders as the explanation');
  ok($(el, 'dl').textContent.includes('Expected orders, next 12 months'), 'over the explanation’s horizon');
  eq($(el, '.order-value').textContent, '$95.74');
  eq($(el, '.segment').textContent, 'Champions');
  eq($(el, '.why-text').textContent, 'Expected orders in the next 12 months: 3.3 × $95.74 per order × 100% margin'
    + ' = $1,320. Discounted at 1% a month, that is worth $1,240 today.');
  eq($(el, '.next-step').textContent, 'Next step: steady: keep them in your regular campaigns.',
    'Silver, second of four tiers, low churn risk');
  eq($(el, '.change').textContent, 'Up 13% since the last run.', 'from $1,100 to $1,240');
  eq(el.shadowRoot.querySelectorAll('.timeline li').length, 2);
  eq($(el, '.timeline li span').textContent, 'Up from Bronze to Silver', 'newest change first');
  eq($(el, '.timeline li .reason').textContent, ' · crossed the threshold at $120', 'the reason in words, visible');
  ok($(el, '.trend svg[role=img]').getAttribute('aria-label').includes('from $1,100 to $1,240'));
  ok(!$(el, '.stale'), 'not stale');
  el.remove();
});

test('no orders, not scored yet, no published run: each says so', () => {
  const el = card();
  el.show({...scored(), status: 'NO_ORDERS', prediction: null, rfm: null, explanation: null, orders: 0,
    tier: {key: null, basis: 'PREDICTED_CLV', nextKey: 'BRONZE', nextName: 'Bronze', missingToNext: 0}}, null);
  eq($(el, 'article').dataset.state, 'no-orders');
  ok($(el, '[role=status]').textContent.startsWith('No orders yet'));
  eq($(el, '.badge').textContent, 'No tier yet');
  el.show({partyId: 'N1', name: 'New', status: 'NOT_SCORED_YET', run: RUN, freshness: {stale: false}}, null);
  eq($(el, 'article').dataset.state, 'not-scored');
  ok($(el, '[role=status]').textContent.startsWith('New since the last recompute'));
  el.show({partyId: 'N1', name: 'New', status: 'NO_PUBLISHED_RUN', run: null, freshness: null}, null);
  eq($(el, 'article').dataset.state, 'no-run');
  ok(!$(el, 'footer'), 'no run to name');
  el.remove();
});

test('a stale value carries a warning with the run’s date', () => {
  const el = card();
  el.show(scored({freshness: {stale: true, dueBy: '2026-11-20T03:00:00Z'}}), HISTORY);
  eq($(el, 'article').dataset.stale, 'true');
  ok($(el, '.stale').textContent.startsWith('These values are from Nov 23, 2026'), $(el, '.stale').textContent);
  el.remove();
});

test('loading, and errors with a retry only where trying again can help', () => {
  const el = card();
  el.showLoading();
  eq($(el, 'article').getAttribute('aria-busy'), 'true');
  el.showError({status: 0, problem: {}});
  eq($(el, '[role=alert]').textContent, 'The value could not be loaded.');
  ok($(el, 'button.retry'), 'a retry for a network error');
  el.showError({status: 404, problem: {detail: 'no contact'}});
  eq($(el, '[role=alert]').textContent, 'There is no contact with this id.');
  ok(!$(el, 'button.retry'));
  el.remove();
});

test('the card speaks the language of its lang attribute and switches with it', () => {
  const el = card('uk');
  el.show(scored(), HISTORY);
  eq($(el, 'h2').textContent, 'Цінність клієнта');
  ok($(el, '.to-next').textContent.includes('до рівня Gold'));
  eq($(el, '.segment').textContent, 'Чемпіони');
  el.setAttribute('lang', 'nb');
  eq($(el, 'h2').textContent, 'Kundeverdi');
  ok($(el, 'summary').textContent === 'Hvorfor denne verdien');
  el.remove();
});

test('names and reasons from the CRM are text, never markup', () => {
  const el = card();
  const evil = '<img src=x onerror="window.pwnedCard=1">';
  el.show(scored({tier: {...scored().tier, name: evil, nextName: evil}}), {...HISTORY, tierChanges: [
    {...HISTORY.tierChanges[1], toName: evil, reason: evil}]});
  eq(el.shadowRoot.querySelectorAll('img').length, 0);
  eq($(el, '.badge').textContent, evil);
  ok(!window.pwnedCard);
  el.remove();
});

test('a percentile basis counts percentile points, not money', () => {
  const el = card();
  el.show(scored({tier: {...scored().tier, basis: 'CLV_PERCENTILE', missingToNext: 4.25}}), null);
  eq($(el, '.to-next').firstChild.textContent, '4.3 percentile points to Gold');
  el.remove();
});

test('P(alive) and churn risk are complements rounded alike', () => {
  const el = card();
  el.show(scored({prediction: {...scored().prediction, probabilityAlive: 0.99565, churnRisk: 0.00435}}), null);
  eq($(el, '.churn').textContent, 'Low (0.4%)');
  eq($(el, '.why-alive').textContent, 'Chance the contact is still active: 99.6%.');
  el.remove();
});

/** A CDNOW-like contact who bought once, 78 weeks ago, under BG/NBD: churn comes from MBG/NBD. */
function boughtOnceLongAgo() {
  const base = scored();
  return {...base, orders: 1, historicalValue: 29.33,
    prediction: {...base.prediction, clv: 2.37, clvLow: 0, clvHigh: 9.4, expectedOrders: 0.1, expectedOrderValue: 35.1,
      probabilityAlive: 0.21, churnRisk: 0.79, aliveModel: 'mbgnbd',
      churnNote: 'estimated with mbgnbd: bgnbd cannot tell churn for contacts who bought once'},
    rfm: {recency: 1, frequency: 1, monetary: 2, segment: 'Lost'},
    tier: {...base.tier, key: 'BRONZE', name: 'Bronze', colour: '#A97142', nextKey: 'SILVER', nextName: 'Silver'},
    explanation: {...base.explanation, expectedOrders: 0.1, expectedOrderValue: 35.1, undiscountedValue: 3.5,
      clv: 2.37, drivers: {purchaseDays: 1, weeksAsCustomer: 78, weeksSinceLastOrder: 78, usualGapWeeks: null,
        gapRatio: null, orderValue: 29.33, baseOrderValue: 35.2, agreement: null}}};
}

test('a one-time buyer long ago: a real churn risk, from MBG/NBD, and why (English and German)', () => {
  const el = card();
  el.show(boughtOnceLongAgo(), null);
  eq($(el, '.churn').textContent, 'High (79%)');
  ok($(el, '.churn-note').textContent.includes('this risk comes from MBG/NBD'), $(el, '.churn-note').textContent);
  eq($(el, '.why-alive').textContent, 'Chance the contact is still active: 21%.');
  const drivers = [...el.shadowRoot.querySelectorAll('.drivers li')].map((li) => li.textContent);
  eq(drivers[0], 'Bought on 1 day in 78 weeks as a customer.');
  eq(drivers[1], 'The only order was 78 weeks ago.');
  eq(drivers[2], 'Average order $29.33, 17% below the average of $35.20 across contacts.');
  ok(!$(el, '.conflict'), 'the segment “Lost” and a high churn risk agree');
  el.setAttribute('lang', 'de');
  eq($(el, '.churn').textContent, 'Hoch (79\u00a0%)');
  ok($(el, '.churn-note').textContent.includes('stammt aus MBG/NBD'), $(el, '.churn-note').textContent);
  eq([...el.shadowRoot.querySelectorAll('.drivers li')][1].textContent, 'Die einzige Bestellung war vor 78 Wochen.');
  el.remove();
});

test('counts of weeks and months take their plural in every language: one week, 2 тижні, 2,5 тижня', () => {
  const el = card();
  const once = boughtOnceLongAgo();
  const lately = {...once, prediction: {...once.prediction, horizonMonths: 1},
    explanation: {...once.explanation, horizonMonths: 1, drivers: {...once.explanation.drivers, weeksAsCustomer: 2,
      weeksSinceLastOrder: 1, usualGapWeeks: 2.5, gapRatio: 0.4}}};
  el.show(lately, null);
  const drivers = () => [...el.shadowRoot.querySelectorAll('.drivers li')].map((li) => li.textContent);
  eq(drivers()[0], 'Bought on 1 day in 2 weeks as a customer.');
  eq(drivers()[1], 'Last order 1 week ago; this contact usually orders every 2.5 weeks (0.4× the usual gap).');
  eq($(el, 'p.muted').textContent, 'Predicted value, next 1 month');
  ok($(el, '.why-text').textContent.startsWith('Expected orders in the next 1 month: 0.1 ×'),
    $(el, '.why-text').textContent);
  el.setAttribute('lang', 'uk');
  eq(drivers()[1], 'Останнє замовлення 1 тиждень тому; зазвичай цей клієнт замовляє раз на 2,5 тижня'
    + ' (0,4× звичайної перерви).');
  eq(drivers()[0], 'Днів із покупками: 1 за 2 тижні як клієнт.');
  el.remove();
});

/** A run on the formula model: no interval and no churn estimate, each said in words. */
function fallback() {
  const base = scored();
  return {...base, run: {...RUN, model: 'formula'},
    prediction: {...base.prediction, clvLow: null, clvHigh: null,
      intervalUnavailable: 'the formula model has no distribution of future purchases', probabilityAlive: null,
      churnRisk: null, aliveModel: null, churnNote: 'the formula model does not estimate churn', model: 'formula'}};
}

test('a fallback run shows no placeholder numbers (English and Ukrainian)', () => {
  const el = card();
  el.show(fallback(), null);
  eq($(el, '.clv-range').textContent, 'no likely range: the simple formula gives none');
  eq($(el, '.churn').textContent, 'Not estimated');
  ok($(el, '.churn-note').textContent.startsWith('The simple formula does not estimate churn'));
  eq($(el, '.why-alive').textContent, 'Churn is not estimated for this contact.');
  ok($(el, '.why-formula'), 'says the value comes from the simple formula');
  ok(!$(el, '.churn').textContent.includes('%') && !$(el, '.why-alive').textContent.includes('%'),
    'no churn figure: neither 0 % nor 100 %');
  ok(!el.shadowRoot.textContent.includes('$900'), 'no interval');
  el.setAttribute('lang', 'uk');
  eq($(el, '.churn').textContent, 'Не оцінено');
  ok($(el, '.clv-range').textContent.startsWith('імовірного діапазону немає'));
  el.remove();
});

test('RFM and the model disagree: the card says why in words (English and Norwegian)', () => {
  const base = scored();
  const el = card();
  el.show({...base, orders: 56, historicalValue: 6553,
    prediction: {...base.prediction, clv: 0, clvLow: 0, clvHigh: 0.4, probabilityAlive: 0.06, churnRisk: 0.94},
    rfm: {recency: 3, frequency: 5, monetary: 5, segment: 'Loyal customers'},
    explanation: {...base.explanation, drivers: {purchaseDays: 40, weeksAsCustomer: 78, weeksSinceLastOrder: 61,
      usualGapWeeks: 0.4, gapRatio: 152.5, orderValue: 163.83, baseOrderValue: 35.2,
      agreement: 'ACTIVE_SEGMENT_LIKELY_LOST'}}}, null);
  eq($(el, '.conflict').textContent, 'Bought often, but nothing for 14 months, 152.5× the usual gap between orders:'
    + ' the segment “Loyal customers” compares recency with all contacts, the model with this contact’s own rhythm.');
  eq($(el, '.churn').textContent, 'High (94%)');
  eq([...el.shadowRoot.querySelectorAll('.drivers li')][2].textContent,
    'Average order $164, 365% above the average of $35.20 across contacts.');
  el.setAttribute('lang', 'nb');
  ok($(el, '.conflict').textContent.startsWith('Har kjøpt ofte, men ingenting på 14 måneder'),
    $(el, '.conflict').textContent);
  ok($(el, '.conflict').textContent.includes('«Lojale kunder»'));
  el.setAttribute('lang', 'en');
  el.show({...scored(), explanation: {...scored().explanation, drivers: {...scored().explanation.drivers,
    weeksSinceLastOrder: 6.6, usualGapWeeks: 1.2, gapRatio: 5.7, agreement: 'ACTIVE_SEGMENT_LIKELY_LOST'}}}, null);
  ok($(el, '.conflict').textContent.startsWith('Bought often, but nothing for 7 weeks, 5.7× the usual gap'),
    'a short silence in weeks, as the drivers say it: ' + $(el, '.conflict').textContent);
  el.remove();
});

test('a tier change says why in the card\'s language, and one run is said in words', () => {
  const de = card('de');
  de.show(scored(), {...HISTORY, points: [HISTORY.points[1]], tierChanges: [{...HISTORY.tierChanges[1],
    why: {kind: 'GRACE_EXPIRED', value: 90, percentile: false, count: 3, unit: 'runs'}}]});
  eq($(de, '.timeline li .reason').textContent,
    ' · seit 3 Läufen unter der Schwelle (Karenz abgelaufen), bei 90,00\u00a0$');
  eq($(de, '.trend .one-run').textContent, 'Bisher ein Lauf: 1.240\u00a0$');
  ok(!$(de, '.trend svg'), 'no line of one point');
  de.remove();
  const uk = card('uk');
  uk.show(scored(), {...HISTORY, tierChanges: [{...HISTORY.tierChanges[0],
    why: {kind: 'ENTERED', value: 87.5, percentile: true}}]});
  eq($(uk, '.timeline li .reason').textContent, ' · при перцентиль 87,5');
  uk.remove();
});


import {churnLevel, errorKey, isStale, moveKey, nextStepKey, retryable, stateOf, trendPoints, valueChange}
  from '../ui/card-state.js';
import {eq, ok, test, throws} from './harness.js';

test('each status of a value is a state of the card', () => {
  eq(stateOf({status: 'SCORED'}), 'scored');
  eq(stateOf({status: 'NO_ORDERS'}), 'no-orders');
  eq(stateOf({status: 'NOT_SCORED_YET'}), 'not-scored');
  eq(stateOf({status: 'NO_PUBLISHED_RUN'}), 'no-run');
  throws(() => stateOf({status: 'SOMETHING'}), 'an unknown status is an error, not a blank card');
});

test('stale only when the API says a scheduled run is overdue', () => {
  ok(isStale({freshness: {stale: true}}));
  ok(!isStale({freshness: {stale: false}}));
  ok(!isStale({freshness: null}), 'no run, no staleness');
});

test('errors: missing, refused, signed out, or anything else with a retry', () => {
  eq(errorKey({status: 404}), 'card.notFound');
  eq(errorKey({status: 403}), 'card.forbidden');
  eq(errorKey({status: 401}), 'card.signIn');
  eq(errorKey({status: 500}), 'card.error');
  eq(errorKey({status: 0}), 'card.error');
  ok(retryable({status: 0}) && retryable({status: 503}), 'network and server errors may pass');
  ok(!retryable({status: 404}) && !retryable({status: 403}), 'a missing contact stays missing');
});

test('churn risk in words from P(alive)', () => {
  eq(churnLevel(0.99), 'low');
  eq(churnLevel(0.75), 'medium', 'a quarter is no longer low');
  eq(churnLevel(0.6), 'medium');
  eq(churnLevel(0.5), 'high');
  eq(churnLevel(0.1), 'high');
});

test('tier moves have their words', () => {
  eq(moveKey('ENTERED'), 'card.entered');
  eq(moveKey('UP'), 'card.up');
  eq(moveKey('DOWN'), 'card.down');
  eq(moveKey('LEFT'), 'card.left');
});

test('the sparkline takes the predicted value of each run with its interval', () => {
  eq(trendPoints({points: [{clv: 1, clvLow: 0.5, clvHigh: 2, publishedAt: 'a'}]}),
    [{value: 1, low: 0.5, high: 2, at: 'a'}]);
  eq(trendPoints(null), []);
});

test('one next step from the contact\'s state', () => {
  const run = {asOf: '1998-06-30'};
  const scored = (rank, alive, extra = {}) => ({status: 'SCORED', run, orders: 5, firstOrderDate: '1997-01-10',
    tier: {rank, tiers: 4}, prediction: {probabilityAlive: alive}, ...extra});
  eq(nextStepKey({status: 'NO_ORDERS'}), 'next.firstOrder');
  eq(nextStepKey({status: 'NOT_SCORED_YET'}), null, 'nothing to base a step on yet');
  eq(nextStepKey(scored(4, 0.3)), 'next.callNow', 'top tier, 70 % churn risk');
  eq(nextStepKey(scored(3, 0.6)), 'next.checkIn', 'upper half, 40 % risk');
  eq(nextStepKey(scored(3, 0.9)), 'next.thank');
  eq(nextStepKey(scored(2, 0.2)), 'next.winBack', 'lower half, slipping');
  eq(nextStepKey(scored(1, 0.9)), 'next.nurture');
  eq(nextStepKey(scored(4, null)), 'next.thank', 'no churn estimate: by value alone');
  eq(nextStepKey(scored(1, 0.9, {orders: 1, firstOrderDate: '1998-05-01'})), 'next.welcome', 'one order, 60 days ago');
  eq(nextStepKey(scored(1, 0.2, {orders: 1, firstOrderDate: '1997-05-01'})), 'next.winBack', 'one order, long ago');
});

test('the value\'s change since the run before', () => {
  eq(valueChange([{clv: 100}]), null, 'one run: no change to tell');
  const up = valueChange([{clv: 100}, {clv: 112}]);
  ok(up.key === 'change.up' && Math.abs(up.share - 0.12) < 1e-12, JSON.stringify(up));
  eq(valueChange([{clv: 100}, {clv: 88}]).key, 'change.down');
  eq(valueChange([{clv: 100}, {clv: 100.5}]), {key: 'change.same', share: 0});
  eq(valueChange([{clv: 0}, {clv: 10}]), null, 'no share of nothing');
});


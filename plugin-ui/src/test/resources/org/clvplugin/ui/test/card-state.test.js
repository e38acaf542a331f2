import {churnLevel, errorKey, isStale, moveKey, retryable, stateOf, trendPoints} from '../ui/card-state.js';
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

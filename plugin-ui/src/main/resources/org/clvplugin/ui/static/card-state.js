// What the contact card shows, decided from the API's answers: kept apart from the DOM so that it is tested alone.

/** The card's state for a value answer: scored, no-orders, not-scored or no-run. */
export function stateOf(value) {
  switch (value && value.status) {
    case 'SCORED': return 'scored';
    case 'NO_ORDERS': return 'no-orders';
    case 'NOT_SCORED_YET': return 'not-scored';
    case 'NO_PUBLISHED_RUN': return 'no-run';
    default: throw new Error('unknown status of a contact value: ' + (value && value.status));
  }
}

/** Whether the values are older than the schedule says they should be. */
export function isStale(value) {
  return Boolean(value && value.freshness && value.freshness.stale);
}

/** The message key of an error: a missing contact, no access, signed out, or anything else (with a retry). */
export function errorKey(error) {
  switch (error && error.status) {
    case 404: return 'card.notFound';
    case 403: return 'card.forbidden';
    case 401: return 'card.signIn';
    default: return 'card.error';
  }
}

/** Whether trying again may help: not for a missing contact or a refusal. */
export function retryable(error) {
  return ![400, 401, 403, 404].includes(error && error.status);
}

/** Churn risk in words: the chance the contact has stopped buying, 1 - P(alive). */
export function churnLevel(probabilityAlive) {
  const risk = 1 - probabilityAlive;
  if (risk < 0.25) return 'low';
  if (risk < 0.5) return 'medium';
  return 'high';
}

/** The message key of a tier change's direction. */
export function moveKey(direction) {
  return {ENTERED: 'card.entered', UP: 'card.up', DOWN: 'card.down', LEFT: 'card.left'}[direction] || 'card.up';
}

/** The points of the value's sparkline: predicted CLV per run, oldest first, with the interval. */
export function trendPoints(history) {
  return (history && history.points ? history.points : []).map((p) => ({
    value: p.clv, low: p.clvLow, high: p.clvHigh, at: p.publishedAt,
  }));
}

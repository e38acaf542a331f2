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

/**
 * P(alive) and churn risk rounded alike (to 0.1 %), so that they are exact complements wherever they are shown;
 * null when the run has no churn estimate for the contact.
 */
export function chances(probabilityAlive) {
  if (typeof probabilityAlive !== 'number' || !Number.isFinite(probabilityAlive)) return null;
  const alive = Math.round(probabilityAlive * 1000) / 1000;
  return {alive, churn: Math.round((1 - alive) * 1000) / 1000};
}

/** Why a contact has no churn estimate, or where it comes from: a message key, or null when nothing needs saying. */
export function churnNoteKey(prediction) {
  if (chances(prediction.probabilityAlive) === null) {
    return prediction.model === 'formula' ? 'card.churnUnknownFormula' : 'card.churnUnknownModel';
  }
  return prediction.aliveModel && prediction.aliveModel !== prediction.model ? 'card.churnOtherModel' : null;
}

/** How a contact's mean order compares with the base: about (within 10 %), above or below, and by how much. */
export function spendAgainstBase(drivers) {
  const share = drivers.baseOrderValue > 0 ? drivers.orderValue / drivers.baseOrderValue - 1 : 0;
  if (Math.abs(share) < 0.1) return {key: 'why.spendAbout', share: 0};
  return {key: share > 0 ? 'why.spendAbove' : 'why.spendBelow', share: Math.abs(share)};
}

/** The names of the purchase models, as a rep may read them. */
export const MODEL_NAMES = {bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD', paretonbd: 'Pareto/NBD'};

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

/** How many days after the first order a contact counts as new. */
const NEW_CUSTOMER_DAYS = 90;

/**
 * One next step for the rep, from the contact's state: a message key. Valuable means a tier in the policy's upper
 * half; slipping and quieter mean a high and a medium churn risk; new means one order, within 90 days of the data's
 * as-of date.
 */
export function nextStepKey(value) {
  if (value.status === 'NO_ORDERS') return 'next.firstOrder';
  if (value.status !== 'SCORED') return null;
  const asOf = value.run && value.run.asOf ? Date.parse(value.run.asOf) : NaN;
  const first = value.firstOrderDate ? Date.parse(value.firstOrderDate) : NaN;
  if (value.orders === 1 && (asOf - first) / 86400000 <= NEW_CUSTOMER_DAYS) return 'next.welcome';
  const tier = value.tier;
  const valuable = Boolean(tier && tier.tiers >= 2 && tier.rank > tier.tiers / 2);
  const c = chances(value.prediction && value.prediction.probabilityAlive);
  const level = c === null ? null : churnLevel(c.alive);
  if (valuable && level === 'high') return 'next.callNow';
  if (valuable && level === 'medium') return 'next.checkIn';
  if (level === 'high') return 'next.winBack';
  if (valuable) return 'next.thank';
  return 'next.nurture';
}

/**
 * The value's change since the run before: {key, percent} (a share, signed) from the history's last two points, or
 * null with fewer than two; within 1 % it is the same.
 */
export function valueChange(points) {
  if (!points || points.length < 2) return null;
  const before = points[points.length - 2].clv;
  const now = points[points.length - 1].clv;
  if (!(before > 0)) return null;
  const share = (now - before) / before;
  if (Math.abs(share) < 0.01) return {key: 'change.same', share: 0};
  return {key: share > 0 ? 'change.up' : 'change.down', share: Math.abs(share)};
}

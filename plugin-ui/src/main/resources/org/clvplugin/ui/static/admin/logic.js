// The admin console's decisions that do not need the DOM, kept here to be tested alone.

/** Share of a run done, 0-100, and its phase in words: reading ~30 %, fitting ~10 %, writing the rest. */
export function runProgress(run, t, fmt) {
  if (!run) return {percent: 0, label: ''};
  if (run.state === 'SUCCEEDED') return {percent: 100, label: t('progress.published')};
  if (run.state === 'FAILED') return {percent: 100, label: t('progress.failed')};
  if (run.state === 'QUEUED') return {percent: 0, label: t('progress.waiting')};
  switch (run.phase) {
    case 'READING': return {percent: 5, label: t('progress.reading')};
    case 'FITTING': return {percent: 30, label: t('progress.fitting')};
    case 'WRITING': {
      const share = run.contactsTotal > 0 ? Math.min(1, run.contactsDone / run.contactsTotal) : 0;
      return {percent: Math.round(40 + 55 * share), label: t('progress.writing',
        {done: fmt.number(run.contactsDone), total: fmt.number(run.contactsTotal)})};
    }
    case 'PUBLISHED': return {percent: 100, label: t('progress.published')};
    default: return {percent: 2, label: t('progress.starting')};
  }
}

/** Whether a run is still going. */
export function isActive(run) {
  return Boolean(run) && (run.state === 'RUNNING' || run.state === 'QUEUED');
}

/** One line on the backtest: how the model's per-contact error compares with the formula's. */
export function verdict(backtest, t, fmt) {
  if (!backtest) return t('verdict.none');
  if (backtest.notRun) return t('verdict.notRun', {reason: backtest.notRun});
  const m = backtest.modelPurchases.meanAbsoluteError;
  const f = backtest.formulaPurchases.meanAbsoluteError;
  const numbers = t('verdict.numbers', {model: fmt.number(m, 2), formula: fmt.number(f, 2)});
  if (f === 0 && m === 0) return t('verdict.exact', {numbers});
  const change = (f - m) / f;
  if (Math.abs(change) < 0.05) return t('verdict.same', {numbers});
  return t(change > 0 ? 'verdict.better' : 'verdict.worse', {percent: fmt.percent(Math.round(Math.abs(change) * 100)
    / 100), numbers});
}

/** The label of a frequency group: "0" ... "6", "7+". */
export function groupLabel(group) {
  return group.orMore ? `${group.frequency}+` : String(group.frequency);
}

/** Milliseconds as "3.1 s" or "1 min 05 s" (the number in the UI's locale; s and min are SI symbols). */
export function duration(ms, fmt) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 60000) return `${fmt.number(Math.round(ms / 100) / 10, 1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Tier counts before and after a change, in the policy's order, with the difference. */
export function previewRows(tiers, before, after) {
  const keys = tiers.map((t) => t.key);
  for (const k of Object.keys(before || {}).concat(Object.keys(after || {}))) {
    if (!keys.includes(k)) keys.push(k);
  }
  return keys.map((key) => {
    const b = (before && before[key]) || 0;
    const a = (after && after[key]) || 0;
    return {key, before: b, after: a, change: a - b};
  });
}

/** The settings that differ from what was loaded: {key: value}. */
export function changedSettings(loaded, edited) {
  const changes = {};
  for (const s of loaded) {
    if (Object.prototype.hasOwnProperty.call(edited, s.key) && edited[s.key] !== s.value) {
      changes[s.key] = edited[s.key];
    }
  }
  return changes;
}

/** The section of a setting, as a message key: by its key's prefix. */
export function settingGroup(key) {
  const prefix = key.split('.')[0];
  const group = {schedule: 'schedule', history: 'schedule', model: 'model', clv: 'model', backtest: 'model',
    counting: 'counting', security: 'security', rules: 'delivery'}[prefix];
  return 'group.' + (group || 'other');
}

/** The parameters each trigger kind takes. */
export const TRIGGER_PARAMETERS = {
  TIER_UPGRADED: [], TIER_DOWNGRADED: [], TIER_ENTERED: ['tier'], CLV_ABOVE: ['threshold'],
  CLV_BELOW: ['threshold'], CHURN_RISK: ['threshold', 'aliveBelow'], CLV_CHANGED: ['percent'],
};

/** A trigger in words: tiers by their names, amounts and shares formatted. */
export function describeTrigger(trigger, t, fmt, tierNames) {
  const known = ['TIER_UPGRADED', 'TIER_DOWNGRADED', 'TIER_ENTERED', 'CLV_ABOVE', 'CLV_BELOW', 'CHURN_RISK',
    'CLV_CHANGED'];
  if (!known.includes(trigger.kind)) return trigger.kind;
  return t('describe.' + trigger.kind, {tier: (tierNames && tierNames.get(trigger.tier)) || trigger.tier,
    threshold: trigger.threshold === null || trigger.threshold === undefined ? '' : fmt.number(trigger.threshold),
    alive: trigger.aliveBelow === null || trigger.aliveBelow === undefined ? '' : fmt.percent(trigger.aliveBelow),
    percent: trigger.percent === null || trigger.percent === undefined ? '' : fmt.number(trigger.percent)});
}

/** A number field: null when empty, the number when it is one, the text otherwise (the server names the field). */
export function numberOrNull(text) {
  const v = String(text).trim();
  if (v === '') return null;
  return Number.isNaN(Number(v)) ? v : Number(v);
}

/** The rule a rule form describes, as the API takes it; parameters the trigger or action does not use are null. */
export function ruleFromForm(form) {
  const el = form.elements;
  const kind = el['trigger.kind'].value;
  const uses = TRIGGER_PARAMETERS[kind];
  const param = (name, v) => (uses.includes(name) ? v : null);
  const task = el['action.kind'].value === 'TASK';
  const tiers = [...form.querySelectorAll('input[name="filter.tiers"]:checked')].map((c) => c.value);
  const segments = [...el['filter.segments'].selectedOptions].map((o) => o.value);
  const owner = el['filter.owner'].value.trim();
  const minClv = numberOrNull(el['filter.minClv'].value);
  const filter = tiers.length || segments.length || owner || minClv !== null
    ? {tiers: tiers.length ? tiers : null, segments: segments.length ? segments : null, owner: owner || null, minClv}
    : null;
  return {
    name: el['name'].value.trim(),
    enabled: el['enabled'].checked,
    trigger: {kind, tier: param('tier', el['trigger.tier'].value), threshold: param('threshold',
      numberOrNull(el['trigger.threshold'].value)), aliveBelow: param('aliveBelow',
      numberOrNull(el['trigger.aliveBelow'].value)), percent: param('percent', numberOrNull(el['trigger.percent'].value))},
    filter,
    action: {kind: el['action.kind'].value, subject: task ? el['action.subject'].value : null,
      description: task && el['action.description'].value.trim() ? el['action.description'].value : null,
      dueInDays: task ? numberOrNull(el['action.dueInDays'].value) : null, url: task ? null : el['action.url'].value},
    cooldownHours: numberOrNull(el['cooldownHours'].value) || 0,
    maxPerRun: numberOrNull(el['maxPerRun'].value),
    // Write-only: null keeps the stored secret.
    secret: task || !el['secret'].value ? null : el['secret'].value,
  };
}

/**
 * What an audit entry changed: the leaves of its before and after states by path ("tiers[2].threshold"), those that
 * differ, each value as compact text (undefined where a side lacks the path); a state that is not an object counts
 * as one value without a path.
 */
export function auditChanges(before, after) {
  const flat = (value, path, out) => {
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((v, i) => [`${path}[${i}]`, v])
        : Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, v]);
      for (const [p, v] of entries) flat(v, p, out);
    } else if (value !== undefined) {
      out.set(path, value === null ? '–' : String(value));
    }
    return out;
  };
  const b = flat(before === null ? undefined : before, '', new Map());
  const a = flat(after === null ? undefined : after, '', new Map());
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.filter((p) => b.get(p) !== a.get(p)).map((p) => ({path: p || '–', before: b.get(p), after: a.get(p)}));
}

// The admin console's decisions that do not need the DOM, kept here to be tested alone.

/** Share of a run done, 0-100, and its phase in words: reading ~30 %, fitting ~10 %, writing the rest. */
export function runProgress(run) {
  if (!run) return {percent: 0, label: ''};
  if (run.state === 'SUCCEEDED') return {percent: 100, label: 'published'};
  if (run.state === 'FAILED') return {percent: 100, label: 'failed'};
  if (run.state === 'QUEUED') return {percent: 0, label: 'waiting to start'};
  switch (run.phase) {
    case 'READING': return {percent: 5, label: 'reading orders'};
    case 'FITTING': return {percent: 30, label: 'fitting the models'};
    case 'WRITING': {
      const share = run.contactsTotal > 0 ? Math.min(1, run.contactsDone / run.contactsTotal) : 0;
      return {percent: Math.round(40 + 55 * share), label: `writing values (${run.contactsDone} of ${run.contactsTotal})`};
    }
    case 'PUBLISHED': return {percent: 100, label: 'published'};
    default: return {percent: 2, label: 'starting'};
  }
}

/** Whether a run is still going. */
export function isActive(run) {
  return Boolean(run) && (run.state === 'RUNNING' || run.state === 'QUEUED');
}

/** One line on the backtest: how the model's per-contact error compares with the formula's. */
export function verdict(backtest) {
  if (!backtest) return 'No backtest in this run.';
  if (backtest.notRun) return `No backtest: ${backtest.notRun}.`;
  const m = backtest.modelPurchases.meanAbsoluteError;
  const f = backtest.formulaPurchases.meanAbsoluteError;
  const numbers = `mean absolute error ${m.toFixed(2)} against ${f.toFixed(2)} purchases per contact`;
  if (f === 0 && m === 0) return `The model and the formula both predicted the holdout exactly (${numbers}).`;
  const change = (f - m) / f;
  if (Math.abs(change) < 0.05) return `The model does about as well as the simple formula (${numbers}).`;
  return change > 0
    ? `The model predicts ${Math.round(change * 100)} % better than the simple formula (${numbers}).`
    : `The model predicts ${Math.round(-change * 100)} % worse than the simple formula (${numbers}); check the settings.`;
}

/** The label of a frequency group: "0" ... "6", "7+". */
export function groupLabel(group) {
  return group.orMore ? `${group.frequency}+` : String(group.frequency);
}

/** Milliseconds as "3.1 s" or "1 min 05 s". */
export function duration(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
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

/** The section of a setting: its key's prefix, named for people. */
export function settingGroup(key) {
  const prefix = key.split('.')[0];
  return {schedule: 'Schedule', counting: 'Counting rules', model: 'Model', clv: 'Value', backtest: 'Backtest',
    security: 'Security', history: 'History'}[prefix] || 'Other';
}

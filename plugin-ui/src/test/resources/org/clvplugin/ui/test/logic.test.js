import {changedSettings, duration, groupLabel, isActive, previewRows, runProgress, settingGroup, verdict}
  from '../ui/admin/logic.js';
import {eq, ok, test} from './harness.js';

test('a run’s progress grows through its phases and ends at 100', () => {
  const at = (phase, done = 0, total = 0) => runProgress({state: 'RUNNING', phase, contactsDone: done,
    contactsTotal: total}).percent;
  ok(at('READING') < at('FITTING') && at('FITTING') < at('WRITING', 0, 100), 'phases in order');
  ok(at('WRITING', 50, 100) > at('WRITING', 0, 100) && at('WRITING', 100, 100) < 100, 'writing moves, not done');
  eq(runProgress({state: 'SUCCEEDED', phase: 'PUBLISHED'}).percent, 100);
  eq(runProgress({state: 'FAILED', phase: 'WRITING'}).label, 'failed');
  eq(at('WRITING', 5, 0), 40, 'no total yet: no division by zero');
});

test('a run is active while queued or running', () => {
  ok(isActive({state: 'RUNNING'}) && isActive({state: 'QUEUED'}));
  ok(!isActive({state: 'SUCCEEDED'}) && !isActive(null));
});

test('the backtest verdict says which is better and by how much', () => {
  const bt = (m, f) => ({modelPurchases: {meanAbsoluteError: m}, formulaPurchases: {meanAbsoluteError: f}});
  ok(verdict(bt(0.42, 0.76)).startsWith('The model predicts 45 % better'), verdict(bt(0.42, 0.76)));
  ok(verdict(bt(1.0, 0.8)).includes('25 % worse'), verdict(bt(1.0, 0.8)));
  ok(verdict(bt(0.80, 0.81)).includes('about as well'), verdict(bt(0.80, 0.81)));
  eq(verdict({notRun: 'too few contacts'}), 'No backtest: too few contacts.');
  eq(verdict(null), 'No backtest in this run.');
});

test('frequency groups, durations', () => {
  eq(groupLabel({frequency: 3, orMore: false}), '3');
  eq(groupLabel({frequency: 7, orMore: true}), '7+');
  eq(duration(3132), '3.1 s');
  eq(duration(65000), '1 min 05 s');
});

test('the preview lists the policy’s tiers in order, then tiers only the counts know', () => {
  const rows = previewRows([{key: 'BRONZE'}, {key: 'GOLD'}], {'(none)': 1, BRONZE: 10, GOLD: 2},
    {BRONZE: 8, GOLD: 4, '(none)': 1});
  eq(rows.map((r) => r.key), ['BRONZE', 'GOLD', '(none)']);
  eq(rows[0], {key: 'BRONZE', before: 10, after: 8, change: -2});
  eq(rows[1].change, 2);
});

test('only changed settings are sent', () => {
  const loaded = [{key: 'clv.margin', value: '1.0'}, {key: 'model.purchase', value: 'bgnbd'}];
  eq(changedSettings(loaded, {'clv.margin': '0.3', 'model.purchase': 'bgnbd'}), {'clv.margin': '0.3'});
  eq(changedSettings(loaded, {}), {});
  eq(settingGroup('counting.asOf'), 'Counting rules');
  eq(settingGroup('strange'), 'Other');
});

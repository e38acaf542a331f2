import {groupedBars, histogram, lines, scale, sparkline} from '../ui/charts.js';
import {eq, ok, test} from './harness.js';

const H = {binWidth: 20, top: 600, counts: Array.from({length: 30}, (_, i) => 300 - i * 10), above: 99};
const TIERS = [{key: 'BRONZE', name: 'Bronze', colour: '#A97142', threshold: 0},
  {key: 'SILVER', name: 'Silver', colour: '#8A9597', threshold: 100},
  {key: 'GOLD', name: 'Gold', colour: '#C9A227', threshold: 500},
  {key: 'PLATINUM', name: 'Platinum', colour: '#5B6770', threshold: 2000}];

test('scale maps a domain onto a range, flat domains do not divide by zero', () => {
  eq(scale(0, 10, 0, 100)(5), 50);
  eq(scale(0, 10, 100, 0)(10), 0);
  ok(Number.isFinite(scale(3, 3, 0, 1)(3)));
});

test('the histogram has a bar per bin plus one for the values above, and a line per threshold', () => {
  const svg = histogram(H, TIERS, {label: 'distribution'});
  eq(svg.getAttribute('role'), 'img');
  eq(svg.getAttribute('aria-label'), 'distribution');
  eq(svg.querySelectorAll('rect.bar').length, 31);
  const lines = [...svg.querySelectorAll('line.threshold')];
  eq(lines.map((l) => l.dataset.tier), ['BRONZE', 'SILVER', 'GOLD', 'PLATINUM']);
  const xs = lines.map((l) => Number(l.getAttribute('x1')));
  ok(xs[0] < xs[1] && xs[1] < xs[2] && xs[2] <= xs[3], 'thresholds left to right: ' + xs);
});

test('a threshold beyond the last bin sits at the right edge with an arrow', () => {
  const svg = histogram(H, TIERS, {label: 'x', width: 560});
  const platinum = svg.querySelector('line[data-tier=PLATINUM]');
  ok(Number(platinum.getAttribute('x1')) > 540, 'at the edge');
  ok([...svg.querySelectorAll('text.threshold-label')].some((t) => t.textContent.includes('Platinum → ')));
});

test('moving a threshold moves its line', () => {
  const at = (threshold) => Number(histogram(H, [{...TIERS[2], threshold}], {label: 'x'})
    .querySelector('line.threshold').getAttribute('x1'));
  ok(at(300) < at(400), 'a higher threshold is further right');
});

test('the sparkline draws a line with its band, or a dot for one run', () => {
  const many = sparkline([{value: 1, low: 0, high: 2}, {value: 2, low: 1, high: 3}, {value: 3, low: 2, high: 4}],
    {label: 'trend'});
  eq(many.querySelector('polyline').getAttribute('points').split(' ').length, 3);
  ok(many.querySelector('polygon.band'));
  const one = sparkline([{value: 5, low: 4, high: 6}], {label: 'one'});
  eq(one.querySelectorAll('polyline').length, 0);
  eq(one.querySelectorAll('circle').length, 1);
});

test('grouped bars: one bar per group and series; lines: one per series', () => {
  const svg = groupedBars([{label: '0', values: {a: 1, b: 2}}, {label: '1', values: {a: 3, b: 0}}],
    [{key: 'a', name: 'A', colour: '#000'}, {key: 'b', name: 'B', colour: '#00f'}], {label: 'bars'});
  eq(svg.querySelectorAll('rect.bar').length, 4);
  eq(svg.querySelectorAll('rect[data-series=b]').length, 2);
  eq(svg.querySelector('rect[data-series=b]').style.fill, 'rgb(0, 0, 255)', 'the series colour wins over the sheet');
  const l = lines([{name: 'x', colour: '#000', values: [1, 2, 3]}, {name: 'y', colour: '#f00', values: [3, 2, 1]}], 3,
    {label: 'lines'});
  eq(l.querySelectorAll('polyline').length, 2);
});

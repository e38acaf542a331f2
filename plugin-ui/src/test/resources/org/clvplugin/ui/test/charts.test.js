import {groupedBars, histogram, labelRows, lines, scale, sparkline} from '../ui/charts.js';
import {eq, ok, test} from './harness.js';

const H = {edges: [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], counts: [900, 40, 80, 120, 300, 500, 400, 200, 60, 9]};
const TIERS = [{key: 'BRONZE', name: 'Bronze', colour: '#A97142', threshold: 0},
  {key: 'SILVER', name: 'Silver', colour: '#8A9597', threshold: 100},
  {key: 'GOLD', name: 'Gold', colour: '#C9A227', threshold: 120},
  {key: 'PLATINUM', name: 'Platinum', colour: '#5B6770', threshold: 2000}];
const money = (v) => '$' + v.toLocaleString('en');

test('scale maps a domain onto a range, flat domains do not divide by zero', () => {
  eq(scale(0, 10, 0, 100)(5), 50);
  eq(scale(0, 10, 100, 0)(10), 0);
  ok(Number.isFinite(scale(3, 3, 0, 1)(3)));
});

test('the histogram has a bar per bin up to the highest threshold, and a line per threshold', () => {
  const svg = histogram(H, TIERS, {label: 'distribution', width: 800, format: money});
  eq(svg.getAttribute('role'), 'img');
  eq(svg.getAttribute('aria-label'), 'distribution');
  const bars = [...svg.querySelectorAll('rect.bar')];
  eq(bars.length, 12, 'the ten bins, and empty ones up to above Platinum\'s 2,000');
  eq(bars.map((b) => Number(b.dataset.to)).slice(-2), [2000, 5000]);
  const lines = [...svg.querySelectorAll('line.threshold')];
  eq(lines.map((l) => l.dataset.tier), ['BRONZE', 'SILVER', 'GOLD', 'PLATINUM']);
  const xs = lines.map((l) => Number(l.getAttribute('x1')));
  ok(xs[0] < xs[1] && xs[1] < xs[2] && xs[2] < xs[3], 'thresholds left to right: ' + xs);
  ok(xs[3] < 800 - 12, 'Platinum on the axis, not at its edge');
});

test('a threshold sits at its value on the log scale, inside its bin', () => {
  const at = (threshold) => Number(histogram(H, [{...TIERS[2], threshold}], {label: 'x', width: 800})
    .querySelector('line.threshold').getAttribute('x1'));
  ok(at(300) < at(400), 'a higher threshold is further right');
  const svg = histogram(H, [], {label: 'x', width: 800});
  const bin = [...svg.querySelectorAll('rect.bar')].find((b) => b.dataset.from === '100');
  const from = Number(bin.getAttribute('x'));
  const x = at(141.42);
  ok(x > from + 0.4 * Number(bin.getAttribute('width')) && x < from + 0.6 * Number(bin.getAttribute('width')),
    'the geometric middle of 100-200 in the middle of its bar');
});

test('threshold labels that would touch go to another row; none passes the right edge', () => {
  for (const width of [360, 800, 1200]) {
    const svg = histogram(H, TIERS, {label: 'x', width, format: money});
    document.body.append(svg);
    const boxes = [...svg.querySelectorAll('text.threshold-label')].map((t) => t.getBBox());
    for (let i = 0; i < boxes.length; i++) {
      ok(boxes[i].x >= 0 && boxes[i].x + boxes[i].width <= width, `${width}: label ${i} on the chart`);
      for (let j = i + 1; j < boxes.length; j++) {
        const apart = boxes[i].x + boxes[i].width <= boxes[j].x || boxes[j].x + boxes[j].width <= boxes[i].x
          || boxes[i].y + boxes[i].height <= boxes[j].y || boxes[j].y + boxes[j].height <= boxes[i].y;
        ok(apart, `${width}: labels ${i} and ${j} overlap`);
      }
    }
    svg.remove();
  }
  eq(labelRows([{x: 10, text: 'Silver $100'}, {x: 20, text: 'Gold $120'}, {x: 300, text: 'Platinum'}], 400)
    .map((l) => l.row), [0, 1, 0]);
});

test('the count axis says its numbers formatted, and round values name the log axis', () => {
  const svg = histogram(H, TIERS, {label: 'x', width: 800, format: money, count: (v) => v.toLocaleString('en')});
  const ticks = [...svg.querySelectorAll('text.tick')].map((t) => t.textContent);
  ok(ticks.includes('1,000'), 'the count axis rounds up to 1,000: ' + ticks);
  ok(['$0', '$1', '$10', '$100', '$1,000'].every((v) => ticks.includes(v)), 'decades under the axis: ' + ticks);
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

test('grouped bars: one bar per group and series; lines: one per series, dates that do not touch', () => {
  const svg = groupedBars([{label: '0', values: {a: 1, b: 2}}, {label: '1', values: {a: 3, b: 0}}],
    [{key: 'a', name: 'A', colour: '#000'}, {key: 'b', name: 'B', colour: '#00f'}], {label: 'bars'});
  eq(svg.querySelectorAll('rect.bar').length, 4);
  eq(svg.querySelectorAll('rect[data-series=b]').length, 2);
  eq(svg.querySelector('rect[data-series=b]').style.fill, 'rgb(0, 0, 255)', 'the series colour wins over the sheet');
  const l = lines([{name: 'x', colour: '#000', values: [1, 2, 3]}, {name: 'y', colour: '#f00', values: [3, 2, 1]}],
    ['1 Dec 2026', '2 Dec 2026', '3 Dec 2026'], {label: 'lines', width: 800});
  eq(l.querySelectorAll('polyline').length, 2);
  eq([...l.querySelectorAll('text.x-tick')].map((t) => t.textContent), ['1 Dec 2026', '2 Dec 2026', '3 Dec 2026']);
  const crowded = lines([{name: 'x', colour: '#000', values: Array(30).fill(1)}],
    Array.from({length: 30}, (_, i) => `${i + 1} Dec 2026`), {label: 'lines', width: 360});
  const dates = [...crowded.querySelectorAll('text.x-tick')].map((t) => t.textContent);
  ok(dates.length >= 2 && dates.length < 10, 'a few dates on a phone: ' + dates);
  eq([dates[0], dates[dates.length - 1]], ['1 Dec 2026', '30 Dec 2026'], 'the first and the last run');
});

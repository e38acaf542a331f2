// Small hand-written SVG charts: a few hundred lines we control (no dependency, nothing to vendor or audit, works
// under a strict Content-Security-Policy). Each chart is an image to assistive technology with a label; the
// numbers behind it are also shown as text or tables next to it by the components.

import {s} from './dom.js';

const PAD = {right: 12, top: 12, bottom: 24};

function frame(width, height, label) {
  return s('svg', {viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': label,
    preserveAspectRatio: 'xMidYMid meet', focusable: 'false'}, s('title', {}, label));
}

/** Maps a domain [d0, d1] onto a range [r0, r1]. */
export function scale(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** A value over runs: a line with the P10-P90 band; the last point marked. */
export function sparkline(points, {label, width = 240, height = 48} = {}) {
  const svg = frame(width, height, label);
  if (points.length === 0) return svg;
  const lows = points.map((p) => (Number.isFinite(p.low) ? p.low : p.value));
  const highs = points.map((p) => (Number.isFinite(p.high) ? p.high : p.value));
  const y = scale(Math.min(...lows), Math.max(...highs), height - 4, 4);
  const x = points.length === 1 ? () => width / 2 : scale(0, points.length - 1, 4, width - 4);
  if (points.length > 1) {
    const band = points.map((p, i) => `${x(i)},${y(highs[i])}`)
      .concat(points.map((p, i) => `${x(i)},${y(lows[i])}`).reverse());
    svg.append(s('polygon', {class: 'band', points: band.join(' ')}));
    svg.append(s('polyline', {class: 'line', points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}));
  }
  const last = points.length - 1;
  svg.append(s('circle', {class: 'dot', cx: x(last), cy: y(points[last].value), r: 3}));
  return svg;
}

/**
 * Draws a chart at the width its box has, and again when that changes (a phone turned, a window resized): text
 * stays at its size instead of shrinking or growing with the picture. {@code box.redraw()} draws it again (what it
 * shows has changed).
 */
export function responsive(draw) {
  const box = document.createElement('div');
  box.className = 'chart-box';
  let drawn = 0;
  const paint = () => {
    if (drawn > 0) box.replaceChildren(draw(drawn));
  };
  new ResizeObserver((entries) => {
    const width = Math.floor(entries[0].contentRect.width);
    if (width > 0 && Math.abs(width - drawn) >= 8) {
      drawn = width;
      paint();
    }
  }).observe(box);
  box.redraw = paint;
  return box;
}

/** About how wide a label of the charts' 10-11 px text is (set on the text): enough to keep labels apart. */
export function textWidth(text) {
  return String(text).length * 6.4 + 4;
}

/**
 * Rows for labels at x positions, so that none overlaps another: each label goes into the first row where it
 * clears the one before it; a label that would pass the right edge ends at its x instead of starting there.
 */
export function labelRows(labels, right) {
  const ends = [];
  return labels.map((l) => {
    const w = textWidth(l.text);
    const anchorEnd = l.x + 4 + w > right;
    const from = anchorEnd ? l.x - 4 - w : l.x + 4;
    let row = ends.findIndex((end) => from > end + 6);
    if (row < 0) row = ends.push(0) - 1;
    ends[row] = from + w;
    return {...l, row, anchorEnd};
  });
}

/** The next round edge: 1, 2, 5, 10, 20... */
function nextEdge(edge) {
  const unit = 10 ** Math.floor(Math.log10(edge) + 1e-9);
  const m = Math.round(edge / unit);
  return (m === 1 ? 2 : m === 2 ? 5 : 10) * unit;
}

/** A round maximum for a count axis: 1, 2 or 5 times a power of ten, at least the largest count. */
function roundUp(max) {
  if (max <= 1) return 1;
  let edge = 10 ** Math.floor(Math.log10(max));
  while (edge < max) edge = nextEdge(edge);
  return edge;
}

/** Ticks of a value axis from 0 to a round top: its middle too, unless that would be a fraction of a small count. */
function ticksUpTo(max) {
  const top = roundUp(max);
  return top <= 5 && top % 2 === 1 ? [0, top] : [0, top / 2, top];
}

/** Ticks and their labels on a left axis; the axis is as wide as its widest label. */
function leftAxis(svg, ticks, y, format, left, right) {
  for (const v of ticks) {
    svg.append(s('line', {class: 'grid', x1: left, x2: right, y1: y(v), y2: y(v)}));
    svg.append(s('text', {class: 'tick', 'font-size': 10,
      x: left - 6, y: y(v) + 3.5, 'text-anchor': 'end'}, format(v)));
  }
}

/**
 * Predicted value per contact: a bar per bin of the server's log-scaled histogram ({edges, counts}), each bin as
 * wide as the next, with round values under the axis, the count axis on the left, and the tier thresholds as
 * vertical lines labelled in rows that do not overlap; the axis reaches the highest threshold.
 */
export function histogram(h, thresholds, {label, width = 560, height = 260, format = String, count = String,
  xTitle = '', yTitle = ''} = {}) {
  const svg = frame(width, height, label);
  const edges = h.edges.slice();
  const highest = Math.max(0, ...thresholds.map((t) => t.threshold));
  while (edges.length < 2 || edges[edges.length - 1] <= highest) {
    edges.push(edges.length < 2 ? 1 : nextEdge(edges[edges.length - 1]));
  }
  const counts = edges.slice(1).map((e, i) => h.counts[i] || 0);
  const ticks = ticksUpTo(Math.max(...counts));
  const top = ticks[ticks.length - 1];
  const left = Math.max(...ticks.map((v) => textWidth(count(v)))) + 10;
  const right = width - 12;
  const band = (right - left) / counts.length;
  // Where a value lies: in its bin, linearly in the first (from 0), on a log scale in the others.
  const pos = (v) => {
    const at = Math.min(counts.length, Math.max(0, edges.findLastIndex((e) => e <= v)));
    if (at === counts.length) return right;
    const frac = at === 0 ? v / edges[1] : Math.log(v / edges[at]) / Math.log(edges[at + 1] / edges[at]);
    return left + (at + frac) * band;
  };
  const labels = labelRows(thresholds.map((t) => ({...t, x: pos(t.threshold),
    text: `${t.name} ${format(t.threshold)}`})).sort((a, b) => a.x - b.x), right);
  const rows = Math.max(0, ...labels.map((l) => l.row + 1));
  const plotTop = 22 + rows * 14;
  const bottom = height - 40;
  const y = scale(0, top, bottom, plotTop);
  leftAxis(svg, ticks, y, count, left, right);
  counts.forEach((c, i) => {
    const x0 = left + i * band;
    svg.append(s('rect', {class: 'bar', x: x0 + 0.5, width: Math.max(0.5, band - 1), y: y(c), height: bottom - y(c),
      'data-from': edges[i], 'data-to': edges[i + 1]},
    s('title', {}, `${format(edges[i])}–${format(edges[i + 1])}: ${count(c)}`)));
  });
  svg.append(s('line', {class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom}));
  let lastTick = -Infinity;
  edges.forEach((e, i) => {
    const decade = e === 0 || Math.abs(Math.log10(e) - Math.round(Math.log10(e))) < 1e-9;
    const x = left + i * band;
    if (!decade || x - lastTick < 52) return;
    lastTick = x;
    // Centred under its place, but starting at the axis's start and ending at the chart's edge.
    const half = textWidth(format(e)) / 2;
    const anchor = x - half < left ? 'start' : x + half > width ? 'end' : 'middle';
    svg.append(s('text', {class: 'tick x-tick', 'font-size': 10,
      x: anchor === 'end' ? width - 2 : x, y: bottom + 14, 'text-anchor': anchor}, format(e)));
  });
  if (xTitle) {
    svg.append(s('text', {class: 'axis-title', 'font-size': 11,
      x: (left + right) / 2, y: height - 6, 'text-anchor': 'middle'}, xTitle));
  }
  if (yTitle) svg.append(s('text', {class: 'axis-title', 'font-size': 11, x: 4, y: 12}, yTitle));
  for (const l of labels) {
    svg.append(s('line', {class: 'threshold', x1: l.x, x2: l.x, y1: plotTop - 4, y2: bottom, stroke: l.colour,
      'data-tier': l.key, 'data-threshold': l.threshold}));
    svg.append(s('text', {class: 'threshold-label', 'font-size': 10,
      x: l.anchorEnd ? l.x - 4 : l.x + 4, y: 26 + l.row * 14,
      'text-anchor': l.anchorEnd ? 'end' : 'start', fill: l.colour, 'data-row': l.row}, l.text));
  }
  return svg;
}

/** Bars side by side per group: each series a colour (the legend is the caller's). */
export function groupedBars(groups, series, {label, width = 560, height = 220, format = String} = {}) {
  const svg = frame(width, height, label);
  const max = Math.max(1e-9, ...groups.flatMap((g) => series.map((sr) => g.values[sr.key])));
  const ticks = [0, max / 2, max];
  const left = Math.max(...ticks.map((v) => textWidth(format(v)))) + 10;
  const right = width - PAD.right;
  const y = scale(0, max, height - PAD.bottom, PAD.top);
  const band = (right - left) / Math.max(1, groups.length);
  const bar = (band - 8) / series.length;
  leftAxis(svg, ticks, y, format, left, right);
  groups.forEach((g, i) => {
    const x0 = left + i * band + 4;
    series.forEach((sr, j) => {
      const v = g.values[sr.key];
      svg.append(s('rect', {class: 'bar', style: {fill: sr.colour}, x: x0 + j * bar, width: Math.max(1, bar - 1),
        y: y(v), height: height - PAD.bottom - y(v), 'data-series': sr.key},
      s('title', {}, `${g.label} ${sr.name}: ${format(v)}`)));
    });
    svg.append(s('text', {class: 'tick', 'font-size': 10,
      x: x0 + (band - 8) / 2, y: height - 6, 'text-anchor': 'middle'}, g.label));
  });
  svg.append(s('line', {class: 'axis', x1: left, x2: right, y1: height - PAD.bottom, y2: height - PAD.bottom}));
  return svg;
}

/**
 * Lines over the runs, one per series, with the runs' dates under the axis and a labelled value axis; a run
 * without a value leaves a gap.
 */
export function lines(series, dates, {label, width = 560, height = 200, format = String} = {}) {
  const svg = frame(width, height, label);
  const count = dates.length;
  const all = series.flatMap((sr) => sr.values).filter(Number.isFinite);
  const ticks = ticksUpTo(Math.max(0, ...all));
  const top = ticks[ticks.length - 1];
  const left = Math.max(...ticks.map((v) => textWidth(format(v)))) + 10;
  const right = width - 16;
  const bottom = height - 24;
  const y = scale(0, top, bottom, 12);
  const x = count <= 1 ? () => (left + right) / 2 : scale(0, count - 1, left + 8, right - 8);
  leftAxis(svg, ticks, y, format, left, right);
  for (const sr of series) {
    const pts = sr.values.map((v, i) => (Number.isFinite(v) ? `${x(i)},${y(v)}` : null)).filter(Boolean).join(' ');
    if (count > 1) svg.append(s('polyline', {class: 'series', stroke: sr.colour, points: pts, fill: 'none'}));
    sr.values.forEach((v, i) => Number.isFinite(v) && svg.append(s('circle', {cx: x(i), cy: y(v), r: 2.5,
      fill: sr.colour}, s('title', {}, `${dates[i]} ${sr.name}: ${format(v)}`))));
  }
  svg.append(s('line', {class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom}));
  // Dates that fit without touching: always the first and the last run's.
  const span = (i) => [x(i) - textWidth(dates[i]) / 2, x(i) + textWidth(dates[i]) / 2];
  const shown = [];
  for (let i = 0; i < count; i++) {
    const previous = shown.length ? span(shown[shown.length - 1])[1] : -Infinity;
    if (i === count - 1 || (span(i)[0] > previous + 8 && span(i)[1] < span(count - 1)[0] - 8)) shown.push(i);
  }
  for (const i of shown) {
    const half = textWidth(dates[i]) / 2;
    svg.append(s('text', {class: 'tick x-tick', 'font-size': 10,
      x: Math.min(Math.max(x(i), half), width - half), y: height - 8,
      'text-anchor': 'middle'}, dates[i]));
  }
  return svg;
}

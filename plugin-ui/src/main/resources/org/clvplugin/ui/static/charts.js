// Small hand-written SVG charts: a few hundred lines we control (no dependency, nothing to vendor or audit, works
// under a strict Content-Security-Policy). Each chart is an image to assistive technology with a label; the
// numbers behind it are also shown as text or tables next to it by the components.

import {s} from './dom.js';

const PAD = {left: 44, right: 12, top: 12, bottom: 24};

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
 * The CLV distribution: bars per bin (square-root scale: the many small values would flatten the rest) and the
 * tier thresholds as vertical lines; a threshold beyond the last bin is drawn at the right edge with an arrow.
 */
export function histogram(h, thresholds, {label, width = 560, height = 220, format = String} = {}) {
  const svg = frame(width, height, label);
  const counts = h.counts.concat(h.above > 0 ? [h.above] : []);
  const top = h.binWidth * counts.length;
  const x = scale(0, top, PAD.left, width - PAD.right);
  const max = Math.max(1, ...counts);
  const y = scale(0, Math.sqrt(max), height - PAD.bottom, PAD.top);
  counts.forEach((c, i) => {
    const x0 = x(i * h.binWidth);
    const x1 = x((i + 1) * h.binWidth);
    const over = i === h.counts.length;
    svg.append(s('rect', {class: over ? 'bar over' : 'bar', x: x0 + 0.5, width: Math.max(0.5, x1 - x0 - 1),
      y: y(Math.sqrt(c)), height: height - PAD.bottom - y(Math.sqrt(c))},
    s('title', {}, over ? `≥ ${format(h.top)}: ${c}` : `${format(i * h.binWidth)}–${format((i + 1) * h.binWidth)}: ${c}`)));
  });
  svg.append(s('line', {class: 'axis', x1: PAD.left, x2: width - PAD.right, y1: height - PAD.bottom,
    y2: height - PAD.bottom}));
  for (const v of [0, h.top / 2, h.top]) {
    svg.append(s('text', {class: 'tick', x: x(v), y: height - 6, 'text-anchor': 'middle'}, format(v)));
  }
  svg.append(s('text', {class: 'tick', x: PAD.left - 6, y: PAD.top + 8, 'text-anchor': 'end'}, String(max)));
  thresholds.forEach((t, i) => {
    const beyond = t.threshold > top;
    const tx = beyond ? width - PAD.right - 2 : x(t.threshold);
    svg.append(s('line', {class: 'threshold', x1: tx, x2: tx, y1: PAD.top, y2: height - PAD.bottom,
      stroke: t.colour, 'data-tier': t.key, 'data-threshold': t.threshold}));
    // Labels alternate between two rows so that neighbouring thresholds do not print over each other.
    svg.append(s('text', {class: 'threshold-label', x: beyond ? tx - 4 : tx + 4, y: PAD.top + 10 + (i % 2) * 13,
      'text-anchor': beyond ? 'end' : 'start', fill: t.colour},
    `${t.name}${beyond ? ' → ' : ' '}${format(t.threshold)}`));
  });
  return svg;
}

/** Bars side by side per group: each series a colour (the legend is the caller's). */
export function groupedBars(groups, series, {label, width = 560, height = 220, format = String} = {}) {
  const svg = frame(width, height, label);
  const max = Math.max(1e-9, ...groups.flatMap((g) => series.map((sr) => g.values[sr.key])));
  const y = scale(0, max, height - PAD.bottom, PAD.top);
  const band = (width - PAD.left - PAD.right) / Math.max(1, groups.length);
  const bar = (band - 8) / series.length;
  groups.forEach((g, i) => {
    const x0 = PAD.left + i * band + 4;
    series.forEach((sr, j) => {
      const v = g.values[sr.key];
      svg.append(s('rect', {class: 'bar', style: {fill: sr.colour}, x: x0 + j * bar, width: Math.max(1, bar - 1), y: y(v),
        height: height - PAD.bottom - y(v), 'data-series': sr.key}, s('title', {}, `${g.label} ${sr.name}: ${format(v)}`)));
    });
    svg.append(s('text', {class: 'tick', x: x0 + (band - 8) / 2, y: height - 6, 'text-anchor': 'middle'}, g.label));
  });
  svg.append(s('line', {class: 'axis', x1: PAD.left, x2: width - PAD.right, y1: height - PAD.bottom,
    y2: height - PAD.bottom}));
  svg.append(s('text', {class: 'tick', x: PAD.left - 6, y: PAD.top + 8, 'text-anchor': 'end'}, format(max)));
  return svg;
}

/** Lines over the same x positions (runs), one per series; a single run is drawn as dots. */
export function lines(series, count, {label, width = 560, height = 180, format = String} = {}) {
  const svg = frame(width, height, label);
  const all = series.flatMap((sr) => sr.values).filter(Number.isFinite);
  const y = scale(Math.min(0, ...all), Math.max(1e-9, ...all), height - PAD.bottom, PAD.top);
  const x = count <= 1 ? () => (PAD.left + width - PAD.right) / 2 : scale(0, count - 1, PAD.left, width - PAD.right);
  for (const sr of series) {
    const pts = sr.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    if (count > 1) svg.append(s('polyline', {class: 'series', stroke: sr.colour, points: pts, fill: 'none'}));
    sr.values.forEach((v, i) => svg.append(s('circle', {cx: x(i), cy: y(v), r: 2.5, fill: sr.colour},
      s('title', {}, `${sr.name}: ${format(v)}`))));
  }
  svg.append(s('line', {class: 'axis', x1: PAD.left, x2: width - PAD.right, y1: height - PAD.bottom,
    y2: height - PAD.bottom}));
  svg.append(s('text', {class: 'tick', x: PAD.left - 6, y: PAD.top + 8, 'text-anchor': 'end'},
    format(Math.max(...all, 0))));
  return svg;
}

// Shared look: system fonts, colours that pass WCAG AA on white (checked in the browser tests), visible focus.
// Hosts can restyle through the custom properties.

import {sheet} from './dom.js';

export const base = sheet(`
:host {
  --clv-text: #1f2933; --clv-muted: #52606d; --clv-border: #d9e2ec; --clv-surface: #ffffff;
  --clv-accent: #1d4ed8; --clv-warn-bg: #fff4d6; --clv-warn-text: #6b4200; --clv-error: #9b1c1c;
  --clv-good: #166534;
  display: block; color: var(--clv-text); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
h2, h3 { margin: 0; line-height: 1.25; }
h2 { font-size: 1.05rem; }
h3 { font-size: .9rem; margin-top: .9rem; color: var(--clv-text); }
p { margin: .25rem 0; }
.muted { color: var(--clv-muted); }
button, input, select { font: inherit; }
button {
  border: 1px solid var(--clv-accent); background: var(--clv-accent); color: #fff; border-radius: 4px;
  padding: .35rem .8rem; cursor: pointer;
}
button.secondary { background: #fff; color: var(--clv-accent); }
button:disabled { opacity: .6; cursor: default; }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.badge { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-weight: 600; font-size: .85rem; }
.stale { background: var(--clv-warn-bg); color: var(--clv-warn-text); padding: .4rem .6rem; border-radius: 4px; }
.error { color: var(--clv-error); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
svg .band { fill: #bfdbfe; }
svg .line { fill: none; stroke: var(--clv-accent); stroke-width: 2; }
svg .dot { fill: var(--clv-accent); }
svg .bar { fill: #60a5fa; }
svg .bar.over { fill: #93c5fd; }
svg .axis { stroke: #9aa5b1; }
svg .grid { stroke: #e4e7eb; }
svg .axis-title { font-size: 11px; fill: var(--clv-muted); }
svg .tick { font-size: 10px; fill: var(--clv-muted); }
svg .threshold { stroke-width: 2; stroke-dasharray: 4 3; }
svg .threshold-label { font-size: 10px; font-weight: 600; }
svg .series { stroke-width: 2; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--clv-border); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
`);

/** Black or white text, whichever contrasts more with a background colour (#RRGGBB). */
export function textOn(background) {
  const lum = luminance(background);
  return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? '#000000' : '#ffffff';
}

/** WCAG relative luminance of #RRGGBB. */
export function luminance(hex) {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/** WCAG contrast ratio of two colours. */
export function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

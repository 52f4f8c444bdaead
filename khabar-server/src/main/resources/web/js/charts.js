// Inline SVG charts drawn from data: a monthly bar chart and a small co-appearance network.
import { fmtMonth, fmtNumber, s } from './dom.js';

/** Every month from the first to the last, filling gaps with zeros. */
export function fillMonths(timeline) {
  if (!timeline.length) return [];
  const by = new Map(timeline.map((m) => [m.month, m]));
  const sorted = [...by.keys()].sort();
  let [y, m] = sorted[0].split('-').map(Number);
  const [ly, lm] = sorted[sorted.length - 1].split('-').map(Number);
  const out = [];
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(by.get(key) || { month: key, stories: 0, mentions: 0 });
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** Mentions per month as bars, each with a title saying the numbers. */
export function timelineChart(timeline, titleId) {
  const months = fillMonths(timeline);
  // Drawn at about the width it will be shown at, so that its labels keep a readable size.
  const room = document.getElementById('main').clientWidth - 48;
  const W = Math.round(Math.max(300, Math.min(640, room)));
  const H = W < 480 ? 180 : 200;
  const pad = { l: 34, r: 8, t: 10, b: 34 };
  const max = Math.max(1, ...months.map((m) => m.mentions));
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const step = iw / Math.max(1, months.length);
  const bw = Math.max(2, Math.min(40, step * 0.7));
  const y = (v) => pad.t + ih - (v / max) * ih;
  const every = Math.ceil(months.length / (W < 480 ? 4 : 8));
  const svg = s('svg', {
    class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId + ' ' + titleId + '-desc',
  },
  s('desc', { id: titleId + '-desc' }, months.map((m) => `${m.month}: ${m.mentions}`).join(', ')),
  s('line', { class: 'axis', x1: pad.l, x2: W - pad.r, y1: pad.t + ih, y2: pad.t + ih }),
  [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i).map((v) => [
    s('text', { x: pad.l - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmtNumber(v)),
    s('line', { class: 'axis', x1: pad.l - 3, x2: pad.l, y1: y(v), y2: y(v) }),
  ]),
  months.map((m, i) => {
    const x = pad.l + i * step + (step - bw) / 2;
    const hgt = pad.t + ih - y(m.mentions);
    return [
      s('rect', { class: 'bar', x: x.toFixed(1), y: y(m.mentions).toFixed(1), width: bw.toFixed(1), height: Math.max(0, hgt).toFixed(1), 'data-month': m.month },
        s('title', {}, `${fmtMonth(m.month)}: ${fmtNumber(m.mentions)} ज़िक्र, ${fmtNumber(m.stories)} ख़बरें`)),
      i % every === 0 ? s('text', { x: (x + bw / 2).toFixed(1), y: H - pad.b + 16, 'text-anchor': 'middle' }, fmtMonth(m.month)) : null,
    ];
  }));
  return svg;
}

const COLORS = { PERSON: '#2f5fb3', ORG: '#9a4d00', PLACE: '#1c6b35' };

/** The entity in the middle, the entities it appears with around it; edges as thick as shared stories. */
export function network(center, companions, href) {
  const items = companions.slice(0, 10);
  const W = 320;
  const H = 240;
  const cx = W / 2;
  const cy = H / 2;
  const r = 88;
  const max = Math.max(1, ...items.map((c) => c.stories));
  const nodes = items.map((c, i) => {
    const a = (2 * Math.PI * i) / items.length - Math.PI / 2;
    return { c, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
  return s('svg', { class: 'network', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'साथ दिखने वालों का जाल' },
    nodes.map((n) => s('line', { x1: cx, y1: cy, x2: n.x.toFixed(1), y2: n.y.toFixed(1), 'stroke-width': (1 + (4 * n.c.stories) / max).toFixed(1) })),
    s('circle', { cx, cy, r: 12, fill: COLORS[center.type] }),
    s('text', { x: cx, y: cy + 26, 'text-anchor': 'middle', 'font-weight': 'bold' }, center.name),
    nodes.map((n) => s('a', { href: href(n.c.entity.id) },
      s('circle', { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: (5 + (5 * n.c.stories) / max).toFixed(1), fill: COLORS[n.c.entity.type] },
        s('title', {}, `${n.c.entity.name}: ${fmtNumber(n.c.stories)} ख़बरें साथ`)),
      s('text', { x: n.x.toFixed(1), y: (n.y + (n.y < cy ? -12 : 20)).toFixed(1), 'text-anchor': 'middle' }, n.c.entity.name))));
}


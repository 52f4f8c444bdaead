// Small DOM helpers shared by the pages: element builders, formatting, fetching JSON.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** An HTML element: h('a', {href: '/', class: 'x'}, 'text', child...). */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

const DATE = new Intl.DateTimeFormat('hi-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('hi-IN', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('hi-IN');

/** "2026-01-24" → "24 जनवरी 2026"; null → "तारीख़ नहीं". */
export function fmtDate(iso) {
  if (!iso) return 'तारीख़ नहीं';
  return DATE.format(new Date(iso + 'T00:00:00Z'));
}

/** "2026-01" → "जन॰ 2026". */
export function fmtMonth(ym) {
  return MONTH.format(new Date(ym + '-01T00:00:00Z'));
}

export function fmtNumber(n) {
  return NUMBER.format(n);
}

/** A <time> element for an ISO date. */
export function time(iso) {
  return iso ? h('time', { datetime: iso }, fmtDate(iso)) : h('span', { class: 'muted' }, fmtDate(iso));
}

export const TYPE_LABEL = { PERSON: 'व्यक्ति', ORG: 'संगठन', PLACE: 'स्थान' };
export const SPEAKER_LABEL = {
  PERSON: 'व्यक्ति', ORG: 'संगठन', GROUP: 'समूह', SOURCES: 'सूत्र', UNKNOWN: 'अज्ञात व्यक्ति',
};
export const EVENT_LABEL = {
  MEETING: 'मुलाक़ात', ALLIANCE_STANCE: 'गठबंधन पर रुख़', DEMAND: 'माँग', ELECTION_RESULT: 'चुनाव नतीजा',
};

const ARGUMENT_LABEL = {
  participant: 'शामिल', host: 'मेज़बान', place: 'जगह', party: 'दल', stance: 'रुख़', holder: 'किसका रुख़',
  demander: 'माँगने वाले', addressee: 'किससे', demand: 'माँग', initiator: 'पहल', met: 'किससे मिले',
  winner: 'विजेता', loser: 'हारे', seat: 'सीट',
};

/** An event argument's role in Hindi ("participant" → "शामिल"), or as written when unknown. */
export function argumentLabel(role) {
  return ARGUMENT_LABEL[role] || role;
}

export function entityHref(id) {
  return '/entity/' + encodeURIComponent(id);
}

export function articleHref(id, begin, end) {
  const base = '/article/' + encodeURIComponent(id);
  return begin === undefined ? base : `${base}#c${begin}-${end}`;
}

/** The entity's name, with its Latin form after it when that differs. */
export function entityLabel(e) {
  const parts = [h('span', { lang: 'hi' }, e.name)];
  if (e.latin && e.latin !== e.name) parts.push(' ', h('span', { lang: 'en', class: 'muted' }, e.latin));
  return parts;
}

/** A chip linking to an entity's page. */
export function entityChip(e) {
  return h('a', { class: 'chip ' + e.type.toLowerCase(), href: entityHref(e.id), title: TYPE_LABEL[e.type] }, entityLabel(e));
}

/** Text with the given half-open ranges wrapped in <mark>. */
export function marked(text, ranges) {
  const out = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.begin - b.begin)) {
    if (r.begin < at) continue;
    out.push(text.slice(at, r.begin), h('mark', {}, text.slice(r.begin, r.end)));
    at = r.end;
  }
  out.push(text.slice(at));
  return out;
}

/** Confidence as a percentage. */
export function pct(x) {
  return Math.round((x || 0) * 100) + '%';
}

/** GET a JSON resource; throws an Error carrying the API's message. */
export async function getJson(url) {
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error('सर्वर से जुड़ नहीं सके (' + e.message + ')');
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = new Error((body && body.error) || res.status + ' ' + res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

export function errorBox(e) {
  return h('div', { class: 'error', role: 'alert' }, e.status === 404 ? 'नहीं मिला: ' : 'गड़बड़: ', e.message);
}

// The article page: the untouched text with entities, posts, quotes and event words marked
// inline (offsets are UTF-16, as JavaScript indexes strings); hover, focus or tap shows who or
// what each mark is and which rule found it, with its confidence. Summary on top, facts beside.
import {
  argumentLabel, entityHref, EVENT_LABEL, fmtNumber, getJson, h, pct, SPEAKER_LABEL, time, TYPE_LABEL,
} from './dom.js';
import { bindTips } from './tip.js';

// Outer marks first when two cover the same text.
const RANK = { quote: 0, role: 1, cited: 2, trigger: 3, cue: 4, ent: 5 };

export async function renderArticle(url, id) {
  const enc = encodeURIComponent(id);
  const [doc, keys] = await Promise.all([
    getJson('/api/articles/' + enc),
    getJson('/api/articles/' + enc + '/entities').catch(() => ({})),
  ]);
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const cited = citedRange(url.hash, doc.text.length);
  const notes = new Map(); // annotation id → what it is
  const spans = collectSpans(doc, notes, cited);
  const text = doc.text;
  const bodyStart = doc.headline ? doc.headline.length + 2 : 0;

  const headline = h('h1', { lang: 'hi', class: 'annotated' });
  if (doc.headline) build(headline, text, 0, doc.headline.length, within(spans, 0, doc.headline.length));
  else headline.textContent = doc.id;
  const body = h('div', { class: 'body annotated', lang: 'hi' });
  for (const [b, e] of paragraphs(text, bodyStart)) {
    const p = h('p');
    build(p, text, b, e, within(spans, b, e));
    body.append(p);
  }

  const describe = (el) => tooltip(el, notes, byId, keys);
  const article = h('article', { class: 'article', 'aria-labelledby': 'article-title' },
    h('header', { class: 'article-head' },
      Object.assign(headline, { id: 'article-title' }),
      h('div', { class: 'meta' }, time(doc.date), doc.source && doc.source !== '-' ? h('span', {}, doc.source) : null,
        h('span', { lang: 'en' }, 'id: ' + doc.id))),
    summary(doc),
    legend(),
    body);
  bindTips(article, describe);
  const side = h('aside', { class: 'facts-col', 'aria-label': 'तथ्य' },
    entitiesPanel(doc, keys), rolesPanel(doc, byId), quotesPanel(doc, byId, keys), eventsPanel(doc, byId));
  return {
    title: doc.headline || doc.id,
    node: h('div', { class: 'layout' }, article, side),
    after: () => {
      const c = document.querySelector('.cited');
      if (c) c.scrollIntoView({ block: 'center' });
    },
  };
}

function citedRange(hash, n) {
  const m = /^#c(\d+)-(\d+)$/.exec(hash || '');
  if (!m) return null;
  const b = Number(m[1]);
  const e = Number(m[2]);
  return b < e && e <= n ? [b, e] : null;
}

function collectSpans(doc, notes, cited) {
  const spans = [];
  let n = 0;
  const add = (b, e, kind, note) => {
    if (!(b < e)) return;
    const id = 'a' + n++;
    notes.set(id, { kind, ...note });
    spans.push({ b, e, kind, id, cls: note.cls || kind });
  };
  for (const e of doc.entities) {
    for (const m of e.mentions) add(m.begin, m.end, 'ent', { entity: e, mention: m, cls: 'ent ent-' + (m.type || e.type) });
  }
  for (const r of doc.roles) add(r.evidence.begin, r.evidence.end, 'role', { role: r });
  for (const q of doc.quotes) {
    add(q.content.begin, q.content.end, 'quote', { quote: q });
    add(q.cue.begin, q.cue.end, 'cue', { quote: q });
  }
  for (const ev of doc.events) add(ev.trigger.begin, ev.trigger.end, 'trigger', { event: ev });
  if (cited) add(cited[0], cited[1], 'cited', { cls: 'cited' });
  return spans;
}

function cmp(x, y) {
  return x.b - y.b || y.e - x.e || RANK[x.kind] - RANK[y.kind];
}

function within(spans, from, to) {
  const out = [];
  for (const s of spans) {
    if (s.e <= from || s.b >= to) continue;
    out.push({ ...s, b: Math.max(s.b, from), e: Math.min(s.e, to) });
  }
  return out.sort(cmp);
}

/** Paragraph ranges of the body: one per non-blank line. */
function paragraphs(text, start) {
  const out = [];
  let b = start;
  while (b < text.length) {
    let e = text.indexOf('\n', b);
    if (e < 0) e = text.length;
    if (text.slice(b, e).trim()) out.push([b, e]);
    b = e + 1;
  }
  return out;
}

/**
 * Appends text[from, to) to parent with the spans (inside the range, sorted) as nested elements;
 * a span that crosses the end of an enclosing one is split in two.
 */
function build(parent, text, from, to, spans) {
  let pos = from;
  let rest = spans;
  while (rest.length) {
    let s = rest[0];
    if (s.b < pos) s = { ...s, b: pos };
    if (s.b >= s.e) { rest = rest.slice(1); continue; }
    parent.append(text.slice(pos, s.b));
    const inner = [];
    const after = [];
    for (const t of rest.slice(1)) {
      if (t.b < s.e) {
        inner.push({ ...t, e: Math.min(t.e, s.e) });
        if (t.e > s.e) after.push({ ...t, b: s.e });
      } else after.push(t);
    }
    const el = h(s.kind === 'quote' ? 'q' : 'span', {
      class: 'ann ' + s.cls, tabindex: s.kind === 'cited' ? null : '0', 'data-ann': s.id,
    });
    if (s.kind === 'cited') el.classList.remove('ann');
    build(el, text, s.b, s.e, inner.sort(cmp));
    parent.append(el);
    pos = s.e;
    rest = after.sort(cmp);
  }
  parent.append(text.slice(pos, to));
}

function nameOf(byId, id) {
  const e = id && byId.get(id);
  return e ? e.name : null;
}

function why(p) {
  return p ? [['नियम', h('span', { lang: 'en' }, `${p.stage} / ${p.rule}`)], ['भरोसा', pct(p.confidence)]] : [];
}

function dl(rows) {
  return h('dl', {}, rows.filter((r) => r && r[1] !== null && r[1] !== undefined && r[1] !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** Everything the marks at this element say, innermost first. */
function tooltip(el, notes, byId, keys) {
  const box = h('div');
  for (let a = el; a && a.dataset && a.dataset.ann; a = a.parentElement.closest('[data-ann]')) {
    const n = notes.get(a.dataset.ann);
    if (n) box.append(section(n, byId, keys));
  }
  return box.childNodes.length ? box : null;
}

function section(n, byId, keys) {
  switch (n.kind) {
    case 'ent': {
      const e = n.entity;
      const key = keys[e.id];
      return h('div', {},
        h('div', { class: 'title' }, TYPE_LABEL[e.type] + ': ', h('span', { lang: 'hi' }, e.name),
          e.latin ? [' ', h('span', { lang: 'en' }, e.latin)] : null),
        dl([
          ['ज्ञानकोष', e.kb ? h('span', { lang: 'en' }, e.kb) : 'नया नाम (ज्ञानकोष में नहीं)'],
          ...why(n.mention.provenance),
          e.candidates && e.candidates.length > 1 ? ['विकल्प', e.candidates.map((c) => `${c.name} ${pct(c.score)}`).join(', ')] : null,
          key ? ['प्रोफ़ाइल', h('a', { href: entityHref(key.id) }, 'पूरा प्रोफ़ाइल →')] : null,
        ]));
    }
    case 'quote':
    case 'cue': {
      const q = n.quote;
      const speaker = nameOf(byId, q.speaker) || q.speakerText || SPEAKER_LABEL[q.speakerKind];
      return h('div', {},
        h('div', { class: 'title' }, q.direct ? 'सीधा उद्धरण' : 'कथन'),
        dl([['वक्ता', h('span', { lang: 'hi' }, speaker)], ['कौन', SPEAKER_LABEL[q.speakerKind]], ...why(q.provenance)]));
    }
    case 'role': {
      const r = n.role;
      return h('div', {},
        h('div', { class: 'title' }, 'पद: ', h('span', { lang: 'hi' }, (r.former ? 'पूर्व ' : '') + r.post)),
        dl([['व्यक्ति', nameOf(byId, r.person)], ['संगठन', nameOf(byId, r.org)], ['स्थान', nameOf(byId, r.place)], ...why(r.provenance)]));
    }
    case 'trigger': {
      const ev = n.event;
      return h('div', {},
        h('div', { class: 'title' }, 'घटना: ' + (EVENT_LABEL[ev.type] || ev.type)),
        dl([['तारीख़', ev.date ? time(ev.date) : null],
          ...ev.arguments.map((a) => [argumentLabel(a.role), h('span', { lang: 'hi' }, nameOf(byId, a.entity) || a.text)]),
          ...why(ev.provenance)]));
    }
    default:
      return h('div');
  }
}

function summary(doc) {
  if (!doc.summary.length) return null;
  const lines = [...doc.summary].sort((a, b) => a.begin - b.begin);
  return h('section', { class: 'summary', 'aria-labelledby': 'summary-title' },
    h('h2', { id: 'summary-title' }, 'सारांश'),
    lines.map((s) => h('p', { lang: 'hi' }, s.text)));
}

function legend() {
  const item = (cls, label) => h('li', {}, h('span', { class: 'swatch ' + cls, 'aria-hidden': 'true' }), label);
  return h('ul', { class: 'legend', 'aria-label': 'निशानों का अर्थ' },
    item('ent ent-PERSON', 'व्यक्ति'), item('ent ent-ORG', 'संगठन'), item('ent ent-PLACE', 'स्थान'),
    item('quote', 'उद्धरण'), item('role', 'पद'), item('trigger', 'घटना'));
}

function entitiesPanel(doc, keys) {
  if (!doc.entities.length) return null;
  const groups = ['PERSON', 'ORG', 'PLACE'].map((t) => doc.entities.filter((e) => e.type === t)).filter((g) => g.length);
  return h('section', { class: 'panel', 'aria-labelledby': 'ents-title' },
    h('h2', { id: 'ents-title' }, 'नाम'),
    groups.map((g) => h('p', {}, h('b', {}, TYPE_LABEL[g[0].type] + ': '),
      g.map((e, i) => [i ? ', ' : '', keys[e.id]
        ? h('a', { href: entityHref(keys[e.id].id), lang: 'hi' }, e.name)
        : h('span', { lang: 'hi' }, e.name),
      h('span', { class: 'muted' }, ` (${fmtNumber(e.mentions.length)})`)]))));
}

/** The evidence's text, linking to its place in the article. */
function evidence(doc, span) {
  return h('a', { href: `#c${span.begin}-${span.end}`, lang: 'hi', title: 'पाठ में देखें' },
    doc.text.slice(span.begin, span.end));
}

function rolesPanel(doc, byId) {
  if (!doc.roles.length) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'roles-title' },
    h('h2', { id: 'roles-title' }, 'पद'),
    h('ul', { class: 'facts' }, doc.roles.map((r) => h('li', {},
      h('b', { lang: 'hi' }, nameOf(byId, r.person) || '?'), ' — ', (r.former ? 'पूर्व ' : '') + r.post,
      r.org ? [', ', nameOf(byId, r.org)] : null, r.place ? [', ', nameOf(byId, r.place)] : null,
      h('span', { class: 'why' }, '“', evidence(doc, r.evidence), '” · ', r.provenance.rule, ' · ', pct(r.provenance.confidence))))));
}

function quotesPanel(doc, byId, keys) {
  if (!doc.quotes.length) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'quotes-title' },
    h('h2', { id: 'quotes-title' }, 'उद्धरण'),
    h('ul', { class: 'facts' }, doc.quotes.map((q) => {
      const key = q.speaker && keys[q.speaker];
      const who = nameOf(byId, q.speaker) || q.speakerText || SPEAKER_LABEL[q.speakerKind];
      return h('li', {},
        key ? h('a', { href: entityHref(key.id), lang: 'hi' }, who) : h('b', { lang: 'hi' }, who),
        q.direct ? h('span', { class: 'badge' }, 'सीधा') : null,
        h('blockquote', { lang: 'hi' }, doc.text.slice(q.content.begin, q.content.end)),
        h('span', { class: 'why' }, SPEAKER_LABEL[q.speakerKind], ' · ', q.provenance.rule, ' · ', pct(q.provenance.confidence)));
    })));
}

function eventsPanel(doc, byId) {
  if (!doc.events.length) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'events-title' },
    h('h2', { id: 'events-title' }, 'घटनाएँ'),
    h('ul', { class: 'facts' }, doc.events.map((ev) => h('li', {},
      h('b', {}, EVENT_LABEL[ev.type] || ev.type), ev.date ? [' · ', time(ev.date)] : null,
      ev.arguments.length ? h('div', {}, ev.arguments.map((a, i) => [i ? '; ' : '', h('span', { class: 'muted' }, argumentLabel(a.role) + ': '),
        h('span', { lang: 'hi' }, nameOf(byId, a.entity) || a.text)])) : null,
      h('span', { class: 'why' }, '“', evidence(doc, ev.evidence), '” · ', ev.provenance.rule, ' · ', pct(ev.provenance.confidence))))));
}


// The entity page: names in both scripts, type, KB id, posts over time, mentions per month as a
// chart, the entities it appears with (ranked, and as a small network), latest quotes.
import {
  articleHref, entityHref, entityLabel, fmtNumber, getJson, h, SPEAKER_LABEL, time, TYPE_LABEL,
} from './dom.js';
import { network, timelineChart } from './charts.js';

export async function renderEntity(url, id) {
  const v = await getJson('/api/entities/' + encodeURIComponent(id));
  const e = v.entity;
  const head = h('header', { class: 'entity-head' },
    h('h1', { lang: 'hi', id: 'entity-title' }, e.name),
    e.latin && e.latin !== e.name ? h('p', { class: 'latin', lang: 'en' }, e.latin) : null,
    h('div', { class: 'meta' },
      h('span', { class: 'badge' }, TYPE_LABEL[e.type]),
      h('span', {}, 'ज्ञानकोष: ', e.kb ? h('span', { lang: 'en' }, e.kb) : 'नया नाम'),
      h('span', { lang: 'en' }, 'id: ' + e.id)),
    h('ul', { class: 'stats' },
      stat(v.articles, 'ख़बरें'), stat(v.mentions, 'ज़िक्र'),
      h('li', {}, h('b', {}, v.firstSeen ? time(v.firstSeen) : '—'), h('span', {}, 'पहली बार')),
      h('li', {}, h('b', {}, v.lastSeen ? time(v.lastSeen) : '—'), h('span', {}, 'आख़िरी बार'))),
    h('p', {}, h('a', { href: '/?entity=' + encodeURIComponent(e.id) }, 'इनकी सभी ख़बरें →')),
    v.alternatives.length ? h('p', { class: 'note' }, 'इस नाम से और भी: ',
      v.alternatives.map((a, i) => [i ? ', ' : '', h('a', { href: entityHref(a.id) }, entityLabel(a))])) : null);

  const main = h('div', { class: 'entity-main' },
    panel('timeline-title', 'हर महीने ज़िक्र', v.timeline.length
      ? timelineChart(v.timeline, 'timeline-title')
      : h('p', { class: 'muted' }, 'तारीख़ वाली कोई ख़बर नहीं।')),
    panel('posts-title', 'पद, समय के साथ', posts(v.posts)),
    panel('quotes-title', 'ताज़ा उद्धरण', quotes(v.quotes)));
  const side = h('aside', { 'aria-label': 'साथ दिखने वाले' },
    panel('companions-title', 'साथ दिखने वाले', companions(v)),
    v.names.length ? panel('names-title', 'नाम के रूप', h('ul', { class: 'facts' },
      v.names.map((n) => h('li', {}, h('span', { lang: 'hi' }, n.text), h('span', { class: 'muted' }, ` (${fmtNumber(n.mentions)})`))))) : null);
  return {
    title: e.name,
    node: h('div', {}, head, h('div', { class: 'layout' }, main, side)),
  };
}

function stat(n, label) {
  return h('li', {}, h('b', {}, fmtNumber(n)), h('span', {}, label));
}

function panel(id, title, content) {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), content);
}

function posts(list) {
  if (!list.length) return h('p', { class: 'muted' }, 'कोई पद दर्ज नहीं।');
  const sorted = [...list].sort((a, b) => (b.last || '').localeCompare(a.last || ''));
  return h('ul', { class: 'posts' }, sorted.map((p) => h('li', {},
    h('b', { lang: 'hi' }, (p.former ? 'पूर्व ' : '') + p.post),
    p.org ? [', ', h('a', { href: entityHref(p.org.id), lang: 'hi' }, p.org.name)] : null,
    p.place ? [', ', h('a', { href: entityHref(p.place.id), lang: 'hi' }, p.place.name)] : null,
    ' ', h('span', { class: 'when' }, p.first ? time(p.first) : '?', ' – ', p.last ? time(p.last) : '?',
      ` · ${fmtNumber(p.stories)} ख़बरें`),
    p.evidence.length ? h('ul', {}, p.evidence.map((c) => h('li', {},
      h('a', { href: articleHref(c.article, c.begin, c.end), lang: 'hi' }, '“' + c.text + '”'), ' ',
      h('span', { class: 'muted' }, time(c.date))))) : null)));
}

function quotes(list) {
  if (!list.length) return h('p', { class: 'muted' }, 'कोई उद्धरण नहीं।');
  return h('ul', { class: 'quotes-list' }, list.map((q) => h('li', {},
    h('blockquote', { lang: 'hi' }, q.content),
    h('div', { class: 'meta' }, time(q.date), q.direct ? h('span', { class: 'badge' }, 'सीधा') : null,
      h('a', { href: articleHref(q.article, q.begin, q.end), lang: 'hi' }, q.headline || q.article),
      q.speakerKind !== 'PERSON' ? h('span', {}, SPEAKER_LABEL[q.speakerKind]) : null))));
}

function companions(v) {
  if (!v.companions.length) return h('p', { class: 'muted' }, 'अभी कोई नहीं।');
  const max = Math.max(...v.companions.map((c) => c.stories));
  const meter = (n) => {
    const bar = h('span');
    bar.style.width = Math.round((100 * n) / max) + '%';
    return h('span', { class: 'meter', 'aria-hidden': 'true' }, bar);
  };
  return [
    h('ol', { class: 'ranked', id: 'companions' }, v.companions.map((c) => h('li', {},
      h('a', { href: entityHref(c.entity.id), lang: 'hi', title: TYPE_LABEL[c.entity.type] }, c.entity.name),
      meter(c.stories),
      h('a', { class: 'count', href: `/?entity=${encodeURIComponent(v.entity.id)}&entity=${encodeURIComponent(c.entity.id)}`,
        title: 'साथ वाली ख़बरें' }, fmtNumber(c.stories))))),
    network(v.entity, v.companions, entityHref),
  ];
}

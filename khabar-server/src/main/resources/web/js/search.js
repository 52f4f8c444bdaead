// The search page: results with highlighted snippets, facets for people, parties, places and
// months. Everything it shows follows from the URL: /?q=kharge&entity=…&from=…&to=…&limit=…
import {
  entityChip, entityHref, entityLabel, fmtMonth, fmtNumber, getJson, h, marked, time, TYPE_LABEL,
} from './dom.js';

const PAGE = 10;
const MAX = 100;

function searchHref(params) {
  const qs = params.toString();
  return qs ? '/?' + qs : '/';
}

function withParam(url, name, value, replace) {
  const p = new URLSearchParams(url.searchParams);
  if (replace) p.delete(name);
  if (value !== null) p.append(name, value);
  p.delete('limit');
  return p;
}

function withoutValue(url, name, value) {
  const p = new URLSearchParams();
  for (const [k, v] of url.searchParams) {
    if (!(k === name && v === value) && k !== 'limit') p.append(k, v);
  }
  return p;
}

export async function renderSearch(url) {
  const q = url.searchParams.get('q') || '';
  const entities = url.searchParams.getAll('entity');
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  const limit = Math.min(MAX, Number(url.searchParams.get('limit')) || PAGE);
  const api = new URLSearchParams();
  if (q) api.set('q', q);
  entities.forEach((e) => api.append('entity', e));
  if (from) api.set('from', from);
  if (to) api.set('to', to);
  api.set('limit', String(limit));
  const home = !q && entities.length === 0 && !from && !to;
  const [res, stats] = await Promise.all([
    getJson('/api/search?' + api),
    home ? getJson('/api/stats').catch(() => null) : Promise.resolve(null),
  ]);

  const known = new Map();
  for (const dim of ['person', 'org', 'place']) res.facets[dim].forEach((f) => known.set(f.entity.id, f.entity));
  res.hits.forEach((hit) => hit.entities.forEach((e) => known.set(e.id, e)));
  res.interpretation.forEach((r) => r.entities.forEach((e) => known.set(e.id, e)));

  const results = h('section', { class: 'results-col', 'aria-labelledby': 'results-title' },
    heading(q, home, res, stats),
    activeFilters(url, entities, from, to, known),
    readings(res),
    res.notes.map((n) => h('p', { class: 'note' }, n)),
    res.hits.length
      ? h('ol', { class: 'results' }, res.hits.map(hitItem))
      : h('p', { class: 'muted' }, home ? 'संग्रह अभी ख़ाली है।' : 'कोई ख़बर नहीं मिली। दूसरे शब्द या नाम आज़माएँ।'),
    res.total > res.hits.length && limit < MAX
      ? h('p', { class: 'more' }, h('a', { class: 'button', href: searchHref(moreParams(url, limit)) }, 'और ख़बरें दिखाएँ'))
      : null);
  const facets = h('aside', { class: 'facets', 'aria-label': 'छाँटें' },
    facetPanel('लोग', 'person', res.facets.person, url, entities),
    facetPanel('दल और संगठन', 'org', res.facets.org, url, entities),
    facetPanel('स्थान', 'place', res.facets.place, url, entities),
    monthPanel(res.facets.month, url, from, to));
  return {
    title: q ? q + ' — खोज' : 'खोज',
    node: h('div', { class: 'layout facets-left' }, results, facets),
  };
}

function heading(q, home, res, stats) {
  const title = home ? 'ताज़ा ख़बरें' : q ? `“${q}” के नतीजे` : 'छाँटी गई ख़बरें';
  const line = home && stats
    ? `संग्रह में ${fmtNumber(stats.stories)} ख़बरें, ${fmtNumber(stats.entities)} नाम, ${fmtNumber(stats.quotes)} उद्धरण`
    : `${fmtNumber(res.total)} ख़बरें मिलीं`;
  return [h('h1', { id: 'results-title' }, title), h('p', { class: 'summary-line', id: 'result-count' }, line)];
}

function moreParams(url, limit) {
  const p = new URLSearchParams(url.searchParams);
  p.set('limit', String(Math.min(MAX, limit + PAGE)));
  return p;
}

function activeFilters(url, entities, from, to, known) {
  const chips = [];
  for (const id of entities) {
    const e = known.get(id);
    chips.push(h('li', { class: 'chip ' + (e ? e.type.toLowerCase() : '') },
      e ? entityLabel(e) : id,
      h('a', { href: searchHref(withoutValue(url, 'entity', id)), 'aria-label': 'यह छन्नी हटाएँ', title: 'हटाएँ' }, '×')));
  }
  if (from || to) {
    const p = new URLSearchParams(url.searchParams);
    p.delete('from'); p.delete('to'); p.delete('limit');
    chips.push(h('li', { class: 'chip' },
      from && from === to && /^\d{4}-\d{2}$/.test(from) ? fmtMonth(from) : `${from || '…'} से ${to || '…'} तक`,
      h('a', { href: searchHref(p), 'aria-label': 'तारीख़ की छन्नी हटाएँ', title: 'हटाएँ' }, '×')));
  }
  return chips.length ? h('ul', { class: 'filters', 'aria-label': 'लगी छन्नियाँ' }, chips) : null;
}

function readings(res) {
  const named = res.interpretation.filter((r) => r.entities.length);
  if (!named.length) return null;
  return h('p', { class: 'muted' }, 'पढ़ा गया: ', named.map((r, i) => [
    i ? '; ' : '', `“${r.phrase}” = `,
    r.entities.map((e, j) => [j ? ' या ' : '', h('a', { href: entityHref(e.id) }, entityLabel(e))]),
  ]));
}

function hitItem(hit) {
  const snip = hit.snippet;
  return h('li', { class: 'result' },
    h('h2', { lang: 'hi' }, h('a', { href: '/article/' + encodeURIComponent(hit.id), class: 'headline' }, hit.headline || hit.id)),
    h('div', { class: 'meta' },
      time(hit.date),
      hit.source && hit.source !== '-' ? h('span', {}, hit.source) : null,
      hit.duplicates ? h('span', { title: 'एक ही ख़बर की और प्रतियाँ' }, `+${fmtNumber(hit.duplicates)} प्रतियाँ`) : null),
    snip ? h('p', { class: 'snippet', lang: 'hi' },
      snip.cutBefore ? '…' : '', marked(snip.text, snip.highlights), snip.cutAfter ? '…' : '') : null,
    hit.entities.length ? h('div', { class: 'ents' }, hit.entities.map(entityChip)) : null);
}

function facetPanel(title, dim, counts, url, active) {
  if (!counts.length) return null;
  const id = 'facet-' + dim;
  return h('section', { class: 'panel', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('ul', { class: 'facet' }, counts.map((f) => {
      const on = active.includes(f.entity.id);
      const href = searchHref(on ? withoutValue(url, 'entity', f.entity.id) : withParam(url, 'entity', f.entity.id, false));
      return h('li', {}, h('a', {
        href, 'aria-current': on ? 'true' : null,
        title: (on ? 'छन्नी हटाएँ: ' : 'सिर्फ़ इनकी ख़बरें: ') + TYPE_LABEL[f.entity.type],
      }, h('span', {}, entityLabel(f.entity)), h('span', { class: 'count' }, fmtNumber(f.stories))));
    })));
}

function monthPanel(months, url, from, to) {
  if (!months.length) return null;
  const items = [...months].reverse().slice(0, 24);
  return h('section', { class: 'panel', 'aria-labelledby': 'facet-month' },
    h('h2', { id: 'facet-month' }, 'महीने'),
    h('ul', { class: 'facet' }, items.map((m) => {
      const on = from === m.month && to === m.month; // the API reads a month as its first/last day
      const [a, b] = [m.month, m.month];
      const p = new URLSearchParams(url.searchParams);
      p.delete('limit');
      if (on) { p.delete('from'); p.delete('to'); } else { p.set('from', a); p.set('to', b); }
      return h('li', {}, h('a', { href: searchHref(p), 'aria-current': on ? 'true' : null },
        h('time', { datetime: m.month }, fmtMonth(m.month)), h('span', { class: 'count' }, fmtNumber(m.stories))));
    })));
}

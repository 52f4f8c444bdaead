// The page router: one document for every page, rendered from the URL (the URL carries the
// query, the filters and the page, so every view can be bookmarked and shared).
import { errorBox } from './dom.js';
import { renderSearch } from './search.js';
import { renderArticle } from './article.js';
import { renderEntity } from './entity.js';
import { hideTip } from './tip.js';

const ROUTES = [
  [/^\/article\/([^/]+)\/?$/, renderArticle],
  [/^\/entity\/([^/]+)\/?$/, renderEntity],
  [/^\/$/, renderSearch],
];

const main = document.getElementById('main');
const input = document.getElementById('q');
let generation = 0;

async function route(focus) {
  const mine = ++generation;
  hideTip();
  const url = new URL(location.href);
  input.value = url.pathname === '/' ? url.searchParams.get('q') || '' : '';
  let view;
  try {
    const found = ROUTES.find(([re]) => re.test(url.pathname));
    if (!found) throw Object.assign(new Error('यह पेज मौजूद नहीं है'), { status: 404 });
    const arg = decodeURIComponent(url.pathname.match(found[0])[1] || '');
    view = await found[1](url, arg);
  } catch (e) {
    view = { title: 'गड़बड़', node: errorBox(e) };
  }
  if (mine !== generation) return; // a newer navigation won
  document.title = view.title + ' · ख़बर';
  main.replaceChildren(view.node);
  main.dataset.ready = url.pathname.split('/')[1] || 'search';
  if (focus) main.focus({ preventScroll: true });
  if (view.after) view.after();
}

export function navigate(href) {
  history.pushState(null, '', href);
  window.scrollTo(0, 0);
  route(true);
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.target) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  e.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input.value.trim();
  navigate(q ? '/?q=' + encodeURIComponent(q) : '/');
});

window.addEventListener('popstate', () => route(true));
route(false);


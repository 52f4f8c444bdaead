// One tooltip for annotated text: shown on hover, keyboard focus and tap; Escape hides it.

const HIDE_DELAY = 250;
const tip = document.getElementById('tip');
let owner = null;
let pinned = false;
let timer = 0;

function show(el, describe) {
  clearTimeout(timer);
  const content = describe(el);
  if (!content) return;
  if (owner && owner !== el) owner.removeAttribute('aria-describedby');
  owner = el;
  tip.replaceChildren(content);
  tip.hidden = false;
  el.setAttribute('aria-describedby', 'tip');
  const r = el.getBoundingClientRect();
  const width = tip.offsetWidth;
  const maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
  tip.style.left = Math.max(8, Math.min(r.left + window.scrollX, maxLeft)) + 'px';
  tip.style.top = r.bottom + window.scrollY + 6 + 'px';
}

/** Hides the tooltip (also on navigation). */
export function hideTip() {
  clearTimeout(timer);
  tip.hidden = true;
  pinned = false;
  if (owner) owner.removeAttribute('aria-describedby');
  owner = null;
}

function later() {
  clearTimeout(timer);
  if (!pinned) timer = setTimeout(hideTip, HIDE_DELAY);
}

tip.addEventListener('mouseover', () => clearTimeout(timer));
tip.addEventListener('mouseout', () => later());
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); });
document.addEventListener('click', (e) => {
  if (pinned && !e.target.closest('.ann') && !tip.contains(e.target)) hideTip();
});

/** Shows describe(el) for every element with class "ann" inside root. */
export function bindTips(root, describe) {
  root.addEventListener('mouseover', (e) => {
    const el = e.target.closest('.ann');
    if (el && !pinned) show(el, describe);
  });
  root.addEventListener('mouseout', (e) => {
    if (e.target.closest('.ann')) later();
  });
  root.addEventListener('focusin', (e) => {
    const el = e.target.closest('.ann');
    if (el) show(el, describe);
  });
  root.addEventListener('focusout', () => later());
  root.addEventListener('click', (e) => {
    const el = e.target.closest('.ann');
    if (!el) return;
    if (owner === el && pinned) { hideTip(); return; }
    show(el, describe);
    pinned = true;
  });
  root.addEventListener('keydown', (e) => {
    const el = e.target.closest('.ann');
    if (el && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); show(el, describe); pinned = true; }
  });
}

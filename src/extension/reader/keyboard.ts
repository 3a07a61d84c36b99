/**
 * The reader tab's keys: j and k move to the next and previous paragraph, q to the key quotes,
 * Escape closes the tab. Keys typed into a field, or with a modifier, are left alone.
 */

/** What j and k step through: the article's paragraphs, and what the reader put back or showed. */
const STEPS = '.article-body [data-paragraph], .article-body .restored, .article-body .from-page';
const CURRENT = 'current';

export function readerKeys(close: () => void): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if ((e.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
    if (e.key === 'Escape') close();
    else if (e.key === 'j' || e.key === 'k') move(e.key === 'j' ? 1 : -1);
    else if (e.key === 'q') toQuotes();
    else return;
    e.preventDefault();
  });
}

function move(step: 1 | -1): void {
  const blocks = Array.from(document.querySelectorAll<HTMLElement>(STEPS)).filter((b) => b.getClientRects().length > 0);
  if (blocks.length === 0) return;
  const at = blocks.findIndex((b) => b.classList.contains(CURRENT));
  const next = at >= 0 ? blocks[Math.min(blocks.length - 1, Math.max(0, at + step))]! : firstInView(blocks, step);
  blocks[at]?.classList.remove(CURRENT);
  next.classList.add(CURRENT);
  next.tabIndex = -1;
  next.focus({ preventScroll: true });
  const box = next.getBoundingClientRect();
  const barBottom = document.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0;
  if (box.top < barBottom || box.bottom > innerHeight) next.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

/** With no paragraph chosen yet: the first one on screen going down, the last one going up. */
function firstInView(blocks: HTMLElement[], step: 1 | -1): HTMLElement {
  const onScreen = blocks.filter((b) => {
    const box = b.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  return (step === 1 ? onScreen[0] : onScreen[onScreen.length - 1]) ?? blocks[0]!;
}

function toQuotes(): void {
  const first = document.querySelector<HTMLElement>('.key-quotes .quote');
  if (!first) return;
  first.focus({ preventScroll: true });
  first.closest('.key-quotes')?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

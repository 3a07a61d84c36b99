/** The cleaned article as Markdown, for the command line and for copying. */
import type { PageArticle } from './types';

export function articleMarkdown(article: PageArticle, parseHtml: (html: string) => Document): string {
  const body = parseHtml(`<body>${article.html}</body>`).body;
  const byline = [article.byline, article.siteName, article.published?.slice(0, 10)].filter(Boolean).join(' · ');
  const blocks = [`# ${inline(article.title)}`, byline && `*${inline(byline)}*`, `<${article.url}>`, ...blocksOf(body)].filter(Boolean);
  return blocks.join('\n\n') + '\n';
}

function blocksOf(el: Element): string[] {
  const out: string[] = [];
  let inlineBuffer = '';
  const flush = () => {
    const t = inlineBuffer.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    inlineBuffer = '';
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      inlineBuffer += escape((n as Text).data);
      continue;
    }
    if (n.nodeType !== 1) continue;
    const child = n as Element;
    const tag = child.tagName.toLowerCase();
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      out.push(`${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${inlineOf(child)}`);
    } else if (tag === 'p' || tag === 'figcaption') {
      flush();
      const t = inlineOf(child);
      if (t) out.push(tag === 'figcaption' ? `*${t}*` : t);
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      const items = Array.from(child.children).filter((li) => li.tagName.toLowerCase() === 'li');
      out.push(items.map((li, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${blocksOf(li).join(' ')}`).join('\n'));
    } else if (tag === 'blockquote') {
      flush();
      out.push(blocksOf(child).map((b) => b.replace(/^/gm, '> ')).join('\n>\n'));
    } else if (tag === 'pre') {
      flush();
      out.push('```\n' + (child.textContent || '').replace(/```/g, '` ` `') + '\n```');
    } else if (tag === 'hr') {
      flush();
      out.push('---');
    } else if (tag === 'img' || tag === 'a' || tag === 'br' || !isBlockish(child)) {
      inlineBuffer += inlineOf(child, true);
    } else {
      flush();
      out.push(...blocksOf(child));
    }
  }
  flush();
  return out;
}

/** Containers that hold blocks rather than running text. */
function isBlockish(el: Element): boolean {
  return /^(div|section|article|figure|header|footer|aside|main|table|tbody|thead|tr|td|th|dl|dd|dt|details|li)$/i.test(el.tagName);
}

function inlineOf(el: Element, self = false): string {
  const wrap = (node: Node): string => {
    if (node.nodeType === 3) return escape((node as Text).data);
    if (node.nodeType !== 1) return '';
    const e = node as Element;
    const inner = Array.from(e.childNodes).map(wrap).join('');
    switch (e.tagName.toLowerCase()) {
      case 'a': {
        const href = e.getAttribute('href');
        return href && inner.trim() ? `[${inner.trim()}](${href})` : inner;
      }
      case 'img': {
        const src = e.getAttribute('src');
        return src ? `![${escape(e.getAttribute('alt') || '')}](${src})` : '';
      }
      case 'strong': case 'b': return inner.trim() ? `**${inner.trim()}**` : '';
      case 'em': case 'i': return inner.trim() ? `*${inner.trim()}*` : '';
      case 'code': return `\`${e.textContent}\``;
      case 'br': return '  \n';
      default: return inner;
    }
  };
  const text = self ? wrap(el) : Array.from(el.childNodes).map(wrap).join('');
  return text.replace(/[ \t\r\n]+(?!\n)/g, ' ').trim();
}

const inline = (s: string) => escape(s).replace(/\s+/g, ' ').trim();
/** Characters that would start Markdown syntax inside running text. */
const escape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');

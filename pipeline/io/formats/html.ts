import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'svg',
  'select',
  'button',
  'object',
  'head',
]);

/** Elements that start and end a line of the stored text: paragraphs, headings, list items, table cells. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'blockquote',
  'pre',
  'hr',
  'figure',
  'figcaption',
  'address',
  'form',
  'center',
]);

/**
 * Class and id words of site navigation on Chinese government and news pages (nav, menu, 面包屑 "crumb",
 * 当前位置 "position"): a page's menus repeat on every page and hold other articles' titles, never this one's.
 */
const NAVIGATION_NAME =
  /(?:^|[\s_-])(?:nav|navbar|subnav|topnav|menu|submenu|crumbs?|breadcrumbs?|skip|sitemap)(?:$|[\s_-])/i;

/** ASCII and HTML whitespace that HTML collapses; U+3000 (the indent of Chinese paragraphs) is text. */
const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+/g;

/**
 * The article text of an HTML document: scripts, styles and navigation dropped, each paragraph, heading,
 * list item and table cell on a line of its own, runs of whitespace collapsed as a browser would. Entities are
 * decoded. Also reads the HTML mammoth makes of a Word document.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  /** Depth inside a dropped element; text counts only at 0. */
  let dropped = 0;
  /** For each open element, whether it started a dropped region (to close it on the matching end tag). */
  const stack: boolean[] = [];
  const breakLine = () => {
    const text = line.replace(COLLAPSIBLE, ' ').replace(/^ +| +$/g, '');
    if (text) lines.push(text);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const drop =
          DROPPED.has(name) || NAVIGATION_NAME.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`.trim());
        if (drop) dropped++;
        stack.push(drop);
        if (BLOCKS.has(name) && dropped === 0) breakLine();
      },
      ontext(text) {
        if (dropped === 0) line += text;
      },
      onclosetag(name) {
        if (stack.pop()) dropped--;
        if (BLOCKS.has(name) && dropped === 0) breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The first 4 KB is where a page declares its charset (the HTML standard's prescan window is 1 KB; old pages run long). */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The charset a saved page declares in a meta tag, as a TextDecoder label; null where it declares none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label) return null;
  // GB2312 and GBK pages use GBK's extensions in practice; GB18030 is the superset of both.
  return /^(?:gb2312|gbk|gb18030|x-gbk|euc-cn|cp936)$/.test(label) ? 'gb18030' : label;
}

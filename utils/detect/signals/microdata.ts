import { ARTICLE_TYPE, type PageKind, pageKindOf, typeName } from './page-kinds';

/** What the page's microdata (`itemtype`) says about it. */
export interface MicrodataSignal {
  /** Outermost items with an article type. */
  article: number;
  /** Outermost items that make the page a forum thread, product, collection or media page. */
  kinds: Set<PageKind>;
  /** Comment/Answer items: replies of a forum thread or Q&A page. */
  replies: number;
}

/** Classify `itemtype` values; forum software and shops often mark pages up this way. */
export function microdataSignal(doc: Document): MicrodataSignal {
  const signal: MicrodataSignal = { article: 0, kinds: new Set(), replies: 0 };
  for (const item of doc.querySelectorAll('[itemtype]')) {
    const outermost = !item.parentElement?.closest('[itemscope]');
    for (const raw of (item.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const type = typeName(raw);
      const kind = pageKindOf(type);
      if (type === 'comment' || type === 'answer') signal.replies++;
      else if (!outermost) continue;
      else if (ARTICLE_TYPE.test(type)) signal.article++;
      else if (kind) signal.kinds.add(kind);
    }
  }
  return signal;
}

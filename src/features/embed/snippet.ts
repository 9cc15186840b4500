/**
 * The iframe snippet offered in the Share menu (its links: src/lib/viewLinks.ts). Pure.
 *
 * The snippet is text for the user to paste into their own page; the app shows it in a read-only
 * field and never inserts it as HTML. Attribute values are escaped. The iframe is sandboxed
 * without allow-top-navigation, so the embedded view can never navigate the host page; links in
 * it open a new tab (allow-popups, allow-popups-to-escape-sandbox).
 */
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ATTRIBUTE_ESCAPES[ch] as string);
}

export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
export const EMBED_HEIGHT = 480;

/** The <iframe> HTML that embeds a view: src is the embed link, title names the view for screen readers. */
export function embedSnippet(src: string, title: string, height = EMBED_HEIGHT): string {
  const safeSrc = /^https?:\/\//i.test(src) ? src : 'about:blank';
  return (
    `<iframe src="${escapeAttribute(safeSrc)}" title="${escapeAttribute(title.replace(/\s+/g, ' ').trim())}" ` +
    `width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin" sandbox="${EMBED_SANDBOX}"></iframe>`
  );
}

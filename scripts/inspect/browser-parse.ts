import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Window } from 'happy-dom';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * Parses HTML the way Chromium does when it loads a page, into a happy-dom
 * Document the adapters can read. happy-dom's own parser is not the HTML
 * standard's: `<svg><script>` in a message body swallows the rest of the page
 * (1 of 6 messages read where Chromium reads all 6). parse5 implements the
 * standard's tree construction (foreign content, adoption agency, implied
 * tags); its tree is copied node by node, without recursion, so a 5,000-level
 * page cannot overflow the stack. Scripting counts as enabled, as in a loaded
 * page (`<noscript>` content is text); scripts are never run.
 */
export function parseLikeChromium(window: Window, html: string): Document {
  const tree = parse(html);
  const doc = window.document.implementation.createHTMLDocument() as unknown as Document;
  while (doc.firstChild) doc.removeChild(doc.firstChild);

  const pending: Array<[P5Parent, Node]> = [[tree, doc]];
  while (pending.length > 0) {
    const [source, target] = pending.pop()!;
    for (const child of source.childNodes) {
      const node = copyNode(doc, child);
      if (!node) continue;
      target.appendChild(node);
      if ('childNodes' in child) pending.push([child as P5Parent, node]);
      if (child.nodeName === 'template' && 'content' in child) {
        pending.push([child.content, (node as HTMLTemplateElement).content]);
      }
    }
  }
  return doc;
}

function copyNode(doc: Document, node: P5Node): Node | null {
  switch (node.nodeName) {
    case '#text':
      return doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
    case '#comment':
      return doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
    case '#documentType': {
      const doctype = node as DefaultTreeAdapterMap['documentType'];
      return doc.implementation.createDocumentType(doctype.name || 'html', doctype.publicId ?? '', doctype.systemId ?? '');
    }
    default: {
      if (!('tagName' in node)) return null;
      const element = doc.createElementNS(node.namespaceURI, node.tagName);
      for (const attribute of node.attrs) {
        try {
          if (attribute.namespace)
            element.setAttributeNS(attribute.namespace, attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name, attribute.value);
          else element.setAttribute(attribute.name, attribute.value);
        } catch {
          // A name the DOM refuses (`a"b`, `<`): Chromium keeps it, but no adapter reads such an attribute.
        }
      }
      return element;
    }
  }
}

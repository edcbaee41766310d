// Type guards for DOM nodes by nodeType: they work across realms and DOM implementations (a cloned
// document's nodes, happy-dom in Node), where `instanceof` against the global classes does not.

/** True for element nodes. */
export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

/** True for HTML elements (element nodes in the HTML namespace). */
export function isHtmlElement(node: Node | null | undefined): node is HTMLElement {
  return isElement(node) && (node.namespaceURI === 'http://www.w3.org/1999/xhtml' || node.namespaceURI === null);
}

/** True for text nodes. */
export function isTextNode(node: Node | null | undefined): node is Text {
  return node?.nodeType === 3;
}

/** True for document nodes. */
export function isDocumentNode(node: Node | null | undefined): node is Document {
  return node?.nodeType === 9;
}

/**
 * Marks where a page separates paragraphs with `<br><br>` (the way older Arabic sites set text in
 * tables), for the slices to turn back into a paragraph break. Readability rebuilds such markup its own
 * way and sometimes glues paragraphs together (a bold title line and the text below it): a mark in the
 * text survives whatever it does to the elements. A noncharacter, so no page text is mistaken for one.
 */
export const PARAGRAPH_MARK = '\ufdd0';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Puts a PARAGRAPH_MARK before each run of two or more `<br>`; the `<br>`s stay for Readability. */
export function markLineBreakParagraphs(document: Document): void {
  for (const br of Array.from(document.getElementsByTagName('br'))) {
    if (isBr(neighbour(br, 'previousSibling')) || !isBr(neighbour(br, 'nextSibling'))) continue;
    br.parentNode?.insertBefore(document.createTextNode(PARAGRAPH_MARK), br);
  }
}

/** The nearest sibling that is not white space. */
function neighbour(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = node[direction];
  while (sibling !== null && sibling.nodeType === TEXT_NODE && (sibling.nodeValue ?? '').trim() === '') {
    sibling = sibling[direction];
  }
  return sibling;
}

function isBr(node: Node | null): boolean {
  return node?.nodeType === ELEMENT_NODE && (node as Element).localName.toLowerCase() === 'br';
}

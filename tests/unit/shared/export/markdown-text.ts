import type { Nodes, RootContent } from 'mdast';

/** Every character a reader sees in `node`, leaves concatenated in order (a hard break counts as "\n"). */
export function leafText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(leafText).join('');
  return '';
}

/** The export's own direction wrappers, the only raw HTML it may contain. */
export function isDirectionWrapper(node: RootContent): boolean {
  return node.type === 'html' && (node.value === '<div dir="rtl">' || node.value === '</div>');
}

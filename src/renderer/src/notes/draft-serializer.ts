import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  type EditorState,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import {
  chunkDraft,
  draftBlock,
  shellFor,
  type ChunkedDraft,
  type DraftBlock,
} from '@shared/notes/note-draft-chunks';

/** What an update listener is told that a draft needs: which nodes changed. */
export interface DraftChanges {
  dirtyElements: ReadonlyMap<NodeKey, unknown>;
  dirtyLeaves: ReadonlySet<NodeKey>;
}

export interface DraftSerializer {
  /** Forgets the blocks an update changed; call it for every update, journaled or not. */
  invalidate(editorState: EditorState, changes: DraftChanges): void;
  /** The note as chunks, serializing only blocks changed since they were last serialized. */
  draft(editorState: EditorState): ChunkedDraft;
}

interface CachedBlock extends DraftBlock {
  /** The node serialized: a node replaced wholesale (a new editor state) is a new object. */
  node: LexicalNode;
}

/**
 * Serializes a note block by block and remembers each top-level block's JSON until an update changes
 * something inside it, so a keystroke in a long note costs one block's serialization.
 */
export function createDraftSerializer(): DraftSerializer {
  const cache = new Map<NodeKey, CachedBlock>();
  return {
    invalidate(editorState, { dirtyElements, dirtyLeaves }) {
      editorState.read(() => {
        for (const key of [...dirtyElements.keys(), ...dirtyLeaves]) {
          const top = $getNodeByKey(key)?.getTopLevelElement();
          if (top) cache.delete(top.getKey());
        }
      });
    },
    draft(editorState) {
      return editorState.read(() => {
        const root = $getRoot();
        const blocks = root.getChildren().map((node) => {
          const cached = cache.get(node.getKey());
          if (cached && cached.node === node) return cached;
          const block = { ...draftBlock(JSON.stringify(nodeToJson(node))), node };
          cache.set(node.getKey(), block);
          return block;
        });
        const present = new Set(blocks.map((block) => block.node.getKey()));
        for (const key of cache.keys()) if (!present.has(key)) cache.delete(key);
        return chunkDraft(shellFor(root.exportJSON() as unknown as Record<string, unknown>), blocks);
      });
    },
  };
}

/** A node and its descendants as `editorState.toJSON()` writes them. */
function nodeToJson(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON();
  if ($isElementNode(node)) {
    (json as SerializedLexicalNode & { children: SerializedLexicalNode[] }).children = node
      .getChildren()
      .map(nodeToJson);
  }
  return json;
}

/** A question the class is asked about a paragraph, as the projector shows it. */
export interface ProjectorQuestion {
  prompt: string;
  /** Empty for a free-text question. */
  choices: string[];
}

/**
 * What the classroom adds to projector mode, beyond the guide highlights the reader already paints: the
 * questions attached to each paragraph and, when the teacher has a class's answers, the heat (how many
 * students highlighted each paragraph).
 */
export interface ProjectorLayers {
  questionsForBlock(blockId: string): ProjectorQuestion[];
  /** Block id → how many students highlighted it; absent when there is no class to show. */
  heat?: ReadonlyMap<string, number>;
}

/** A reading with no class: the projector shows the text and its highlights only. */
export const NO_PROJECTOR_LAYERS: ProjectorLayers = { questionsForBlock: () => [] };

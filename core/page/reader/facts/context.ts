import type { FieldKey, LabelLanguage } from '../../labels';
import type { LabelMatch } from '../../vocabulary';
import type { RawFact } from '../facts';
import type { TreeText } from '../tree-text';
import type { VisibleTree, VNode } from '../visible-tree';
import type { LabelReader } from './labels';

// What the readers of this stage share while one page is read: the tree and its text, the label
// reader, and what they collect (facts, language votes, private blocks, rows judged as headers).

/** Adds one candidate fact (see RawFact). */
export type AddFact = (
  key: FieldKey,
  value: string,
  strength: number,
  pos: number,
  node: VNode,
  group: VNode | null,
  /** `scopePos`, `fallback`, `twin` and `shipmentRow`, see RawFact. */
  extra?: Pick<RawFact, 'scopePos' | 'fallback' | 'twin' | 'shipmentRow'>,
) => void;

export interface FactContext {
  tree: VisibleTree;
  text: TreeText;
  labels: LabelReader;
  add: AddFact;
  /** A label was read: its languages get a vote (the page's language). */
  vote: (match: LabelMatch) => void;
  facts: RawFact[];
  languageVotes: Map<LabelLanguage, number>;
  privateRoots: VNode[];
  /** Rows already judged: a header row (its table read by column) or not. */
  judgedRows: Map<VNode, boolean>;
  /** Header cells of tables turned sideways, one shipment per column ("Colis 1/2", "Sendung 2"). */
  sidewaysHeads: VNode[];
}

export function createFactContext(tree: VisibleTree, text: TreeText, labels: LabelReader): FactContext {
  const facts: RawFact[] = [];
  const languageVotes = new Map<LabelLanguage, number>();
  return {
    tree,
    text,
    labels,
    facts,
    languageVotes,
    privateRoots: [],
    judgedRows: new Map(),
    sidewaysHeads: [],
    add: (key, value, strength, pos, node, group, extra) => {
      if (value.length > 0) facts.push({ key, value, strength, pos, node, group, ...extra });
    },
    vote: (match) => {
      for (const language of match.languages)
        languageVotes.set(language, (languageVotes.get(language) ?? 0) + 1);
    },
  };
}

// Which mentions and facts go with an alias split off an entity, decided from the documents' own text:
// a mention moves when its text is the alias; an evidence sentence moves when every mention of the
// entity inside it is the alias (the sentence speaks of the split-off entity only). Pure: rows in, plan out.
import { slugify } from '../../../../model';
import type { FactType } from '../../../../model';
import { listOf, type FactRow, type MentionRow, type Properties } from '../facts';

export interface SplitPlan {
  /** The entity's MENTIONED_IN edges that lose offsets: what is left (none: the edge goes). */
  mentionsKept: { elementId: string; offsets: string[] }[];
  /** Mentions of the new entity, per document. */
  mentionsMoved: { doc: string; offsets: string[] }[];
  /** The entity's facts that lose evidence: their properties now (null: the fact goes). */
  factsKept: { elementId: string; props: Properties | null }[];
  /** Facts of the new entity, seen from it. */
  factsMoved: { type: FactType; outgoing: boolean; other: string; props: Properties }[];
  /** Documents that no longer mention the entity. */
  docsLeft: string[];
  /** Documents that mention the new entity. */
  sources: string[];
}

interface Span {
  start: number;
  end: number;
  alias: boolean;
}

function span(offsets: string): { start: number; end: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(offsets);
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

const EVIDENCE = ['evidence', 'evidenceSources', 'evidenceOffsets'] as const;

function pick(props: Properties, indices: readonly number[]): Properties {
  const out: Properties = { ...props };
  for (const key of EVIDENCE) {
    const list = listOf(props[key]);
    out[key] = indices.map((i) => list[i] ?? '');
  }
  return out;
}

/**
 * @example planSplit('Flores', mentions, facts) // mentions whose text is "Flores" and the sentences naming him only so
 */
export function planSplit(
  alias: string,
  mentions: readonly MentionRow[],
  facts: readonly FactRow[],
): SplitPlan {
  const key = slugify(alias);
  const plan: SplitPlan = {
    mentionsKept: [],
    mentionsMoved: [],
    factsKept: [],
    factsMoved: [],
    docsLeft: [],
    sources: [],
  };
  const spans = new Map<string, Span[]>();
  for (const mention of mentions) {
    const list: Span[] = [];
    const moved: string[] = [];
    const kept: string[] = [];
    mention.offsets.forEach((offsets, i) => {
      const isAlias = slugify(mention.texts[i] ?? '') === key;
      (isAlias ? moved : kept).push(offsets);
      const at = span(offsets);
      if (at) list.push({ ...at, alias: isAlias });
    });
    spans.set(mention.doc, list);
    if (moved.length === 0) continue;
    plan.mentionsMoved.push({ doc: mention.doc, offsets: moved });
    plan.mentionsKept.push({ elementId: mention.elementId, offsets: kept });
    if (kept.length === 0) plan.docsLeft.push(mention.doc);
  }

  const sources = new Set(plan.mentionsMoved.map((m) => m.doc));
  for (const fact of facts) {
    const evidenceSources = listOf(fact.props.evidenceSources);
    const evidenceOffsets = listOf(fact.props.evidenceOffsets);
    const moved: number[] = [];
    const kept: number[] = [];
    listOf(fact.props.evidence).forEach((_, i) => {
      const at = span(evidenceOffsets[i] ?? '');
      const inside = at
        ? (spans.get(evidenceSources[i] ?? '') ?? []).filter((s) => s.start >= at.start && s.end <= at.end)
        : [];
      (inside.length > 0 && inside.every((s) => s.alias) ? moved : kept).push(i);
    });
    if (moved.length === 0) continue;
    const movedDocs = new Set(moved.map((i) => evidenceSources[i] ?? ''));
    const keptDocs = new Set(kept.map((i) => evidenceSources[i] ?? ''));
    const factSources = listOf(fact.props.sources);
    const keptSources = factSources.filter((doc) => keptDocs.has(doc) || !movedDocs.has(doc));
    const movedSources = [...new Set([...factSources.filter((doc) => movedDocs.has(doc)), ...movedDocs])];
    for (const doc of movedSources) sources.add(doc);
    plan.factsKept.push({
      elementId: fact.elementId,
      props:
        kept.length === 0 && keptSources.length === 0
          ? null
          : { ...pick(fact.props, kept), sources: keptSources },
    });
    plan.factsMoved.push({
      type: fact.type,
      outgoing: fact.outgoing,
      other: fact.other,
      props: { ...pick(fact.props, moved), sources: movedSources },
    });
  }
  plan.sources = [...sources];
  return plan;
}

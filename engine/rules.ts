// Rules as data: `{ reason, match, emit, priority, example, expect }`. The engine compiles the
// patterns once, runs the rules of a language in priority order, and keeps the claims in one place:
// a rule's groups (its whole match when it has none) claim their tokens, and a later, weaker rule
// whose groups touch a claimed token does not fire.
import type { Hit, MatchContext, Pattern } from './pattern';
import { compile, findAll } from './pattern';
import { range } from './range';

export interface Rule<E, X = unknown> {
  /** Unique name, copied onto every fact the rule makes. */
  reason: string;
  /** Pattern (see pattern.ts). */
  match: string;
  /** What the rule says about its match, read by the step that runs it. */
  emit: E;
  /** Higher first; ties keep the order of the table. */
  priority: number;
  /** An invented sentence the rule reads, and what extraction must make of it. */
  example: string;
  expect: X;
}

export interface RuleHit<E, X = unknown> extends Hit {
  rule: Rule<E, X>;
}

export interface RuleSet<E, X = unknown> {
  rules: readonly { rule: Rule<E, X>; pattern: Pattern }[];
}

/** Compiles a table of rules; a bad pattern or a repeated reason is an error naming the rule. */
export function compileRules<E, X>(rules: readonly Rule<E, X>[]): RuleSet<E, X> {
  const seen = new Set<string>();
  const compiled = rules.map((rule, order) => {
    if (seen.has(rule.reason)) throw new Error(`rule "${rule.reason}": reason used twice`);
    seen.add(rule.reason);
    try {
      return { rule, pattern: compile(rule.match), order };
    } catch (e) {
      throw new Error(`rule "${rule.reason}": ${(e as Error).message}`);
    }
  });
  compiled.sort((a, b) => b.rule.priority - a.rule.priority || a.order - b.order);
  return { rules: compiled };
}

/** Runs the rules over tokens [from, to): hits in text order, each claimed against weaker rules. */
export function runRules<E, X>(
  set: RuleSet<E, X>,
  c: MatchContext,
  from: number,
  to: number,
): RuleHit<E, X>[] {
  const claimed = new Set<number>();
  const out: RuleHit<E, X>[] = [];
  for (const { rule, pattern } of set.rules) {
    for (const h of findAll(pattern, c, from, to)) {
      const spans = Object.values(h.groups);
      const claims = spans.length ? spans : [[h.from, h.to] as [number, number]];
      const taken = claims.some(([a, b]) => range(a, b).some((i) => claimed.has(i)));
      if (taken) continue;
      for (const [a, b] of claims) for (const i of range(a, b)) claimed.add(i);
      out.push({ ...h, rule });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

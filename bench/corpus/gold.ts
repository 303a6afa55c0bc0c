// Gold annotations in the format ../shared/eval/score.mjs reads, and a builder that derives them from mentions.
import type { EntityLabel, FactType } from '../../model';

export interface GoldEntity {
  key: string;
  label: EntityLabel;
  name: string;
  aliases?: string[];
  optional?: boolean;
}

export interface GoldRelationship {
  type: FactType;
  from: string;
  to: string;
  role?: string;
  optional?: boolean;
}

export interface GoldDocument {
  file: string;
  /** ISO date of the dateline. */
  date: string | null;
  entities: GoldEntity[];
  relationships: GoldRelationship[];
}

interface Tracked {
  label: EntityLabel;
  name: string;
  /** Forms written in the text, in order of first use. */
  forms: string[];
  /** Written on its own somewhere (not only inside another entity's name). */
  standalone: boolean;
  /** Seen only inside another name: annotated, but optional (an extractor may fairly skip it). */
  embedded: boolean;
  optional: boolean;
  /** Accepted shorter forms, kept only when the entity is mentioned. */
  variants: string[];
}

/**
 * Collects the entities a document mentions and the facts it states, then writes the gold annotation.
 * Gold follows the text: aliases are exactly the other forms written, so every name and alias occurs in it.
 */
export class GoldBuilder {
  private readonly entities = new Map<string, Tracked>();
  private readonly relationships: GoldRelationship[] = [];

  /** Declares an entity (idempotent); it enters the gold only once mentioned. */
  declare(key: string, label: EntityLabel, name: string, optional = false): void {
    if (!this.entities.has(key)) {
      this.entities.set(key, {
        label,
        name,
        forms: [],
        standalone: false,
        embedded: false,
        optional,
        variants: [],
      });
    }
  }

  /** Records that `form` of entity `key` is written in the text, and returns it. */
  mention(key: string, form: string): string {
    const e = this.get(key);
    e.standalone = true;
    if (!e.forms.includes(form)) e.forms.push(form);
    return form;
  }

  /**
   * Adds an accepted variant that is written as part of a longer form ("Cumbre Iberoamericana de Vivienda"
   * inside "Cumbre Iberoamericana de Vivienda 2015"), as the hand-made gold lists shorter forms.
   */
  variant(key: string, form: string): void {
    const e = this.get(key);
    if (!e.variants.includes(form)) e.variants.push(form);
  }

  /** Records that the entity's name is written inside another entity's name. */
  embed(key: string): void {
    this.get(key).embedded = true;
  }

  relate(type: FactType, from: string, to: string, extra: { role?: string; optional?: boolean } = {}): void {
    this.relationships.push({ type, from, to, ...extra });
  }

  build(file: string, date: string | null): GoldDocument {
    const entities: GoldEntity[] = [];
    for (const [key, e] of this.entities) {
      if (!e.standalone && !e.embedded) continue;
      if (e.standalone && !e.forms.includes(e.name)) {
        throw new Error(
          `corpus gold ${file}: entity "${key}" is mentioned but never by its name "${e.name}"`,
        );
      }
      const aliases = [...e.forms, ...e.variants].filter((f, i, all) => f !== e.name && all.indexOf(f) === i);
      const entity: GoldEntity = { key, label: e.label, name: e.name };
      if (aliases.length > 0) entity.aliases = aliases;
      if (e.optional || !e.standalone) entity.optional = true;
      entities.push(entity);
    }
    const present = new Set(entities.map((e) => e.key));
    const optional = new Set(entities.filter((e) => e.optional).map((e) => e.key));
    const seen = new Set<string>();
    const relationships: GoldRelationship[] = [];
    for (const r of this.relationships) {
      if (!present.has(r.from) || !present.has(r.to)) continue;
      const id = `${r.type}|${r.from}|${r.to}`;
      if (seen.has(id)) continue;
      seen.add(id);
      // A fact about an optional entity cannot be required.
      const rel = optional.has(r.from) || optional.has(r.to) ? { ...r, optional: true } : r;
      relationships.push(rel);
    }
    return { file, date, entities, relationships };
  }

  private get(key: string): Tracked {
    const e = this.entities.get(key);
    if (!e) throw new Error(`corpus gold: entity "${key}" mentioned before it was declared`);
    return e;
  }
}

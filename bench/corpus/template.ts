// Fills "{slot}" templates from lazy slot functions, so only the slots a template uses are mentioned in the gold.

export type Slots = Record<string, () => string>;

const SLOT = /\{(\w+)\}/g;

/**
 * Replaces each {name} by slots[name](), left to right (so first mentions come first), and the
 * slots' own output too when it holds slots ("{purpose}" may hold "{topic}").
 * @example fill('{a} y {b}', { a: () => 'el IMSS', b: () => 'la UAC' }) // 'el IMSS y la UAC'
 */
export function fill(template: string, slots: Slots, depth = 0): string {
  if (depth > 3) throw new Error(`corpus template: slots nested too deep in "${template}"`);
  return template.replace(SLOT, (_match, name: string) => {
    const slot = slots[name];
    if (!slot) throw new Error(`corpus template: no slot {${name}} for "${template}"`);
    const value = slot();
    return value.includes('{') ? fill(value, slots, depth + 1) : value;
  });
}

/** Upper-cases the first letter (sentences that open with a slot such as "el Instituto ..."). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "a", "a y b", "a, b y c"; with `separator` ";" items that hold commas themselves
 * ("el Rector de la UAC, Dr. Luis Ortega") read "a; b, y c".
 */
export function joinList(items: readonly string[], and: string, separator: ',' | ';' = ','): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  const glue = separator === ';' ? `, ${and} ` : ` ${and} `;
  return `${items.slice(0, -1).join(`${separator} `)}${glue}${last}`;
}

export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (token) n++;
  return n;
}

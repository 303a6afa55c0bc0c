// `--param name=value` options: values that read as JSON (numbers, true, lists) are typed, others are text.

export function parseParam(text: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--param takes name=value, got "${text}"`);
  const name = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: keep it as the text the researcher typed.
  }
  return { ...previous, [name]: value };
}

// Tunable thresholds of automatic matching, one comment each.

export const RESOLVE_DEFAULTS = {
  /** Two reports of one agreement may date it a few days apart (signing day vs publication). */
  agreementMaxDaysApart: 7,
  /** Agreements between the same parties above which comparison is restricted to date windows. */
  agreementBlockLimit: 300,
  /** Two events with dates further apart than this are different events. */
  eventMaxDaysApart: 7,
  /** Event containment without an ordinal needs at least this many content words in the shorter name. */
  eventContainmentMinWords: 4,
} as const;

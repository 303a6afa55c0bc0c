// "The agreement told before this sentence", asked by the steps that attach what a later sentence
// says (lone witnesses, the place of the act) to an agreement already drafted.
import type { AgreementDraft } from '../../types';
import { Nearest } from '../../nearest';

/** The last agreement (in the order drafted) told at or before sentence `sent`, else the first. */
export function agreementBefore(drafts: AgreementDraft[]): (sent: number) => AgreementDraft {
  const told = new Nearest(drafts, (d) => d.sents.reduce((a, b) => Math.min(a, b), Infinity));
  return (sent) => told.lastBefore(sent + 1) ?? drafts[0]!;
}

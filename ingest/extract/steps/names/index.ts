// Step 4: find the names in each sentence, in order of confidence: institutions (head noun +
// complement, acronyms defined in parentheses), events (ordinal or quoted title), venues, people
// (honorific, given name or a post title before them), gazetteer places. Headlines in capitals are
// skipped here; step 5 matches them against the names found in the body.
import type { Sentence, Work } from '../../types';
import type { Ctx } from './context';
import { newCtx } from './context';
import { scanInstitution } from './institution';
import { scanAcronym, scanAcronymDefinition, scanCompany, scanCompanyList } from './bare-names';
import { scanEvent, scanQuotedEvent, scanTitleEvent } from './event';
import { scanVenue } from './venue';
import { scanNamedAgain } from './named-again';
import { scanAmpersandName, scanLegalName, scanTradeName } from './legal-form';
import { issuingOffice } from './issuing-office';
import { scanPostBody } from './post-body';
import { scanPartyList, scanSignerList } from './party-list';
import { scanSpelledAcronym } from './spelled-acronym';
import { agentSlot } from './agent-slot';
import { afterPostTitle, listedPerson, scanPerson } from './person';
import { scanDatelineHead, scanDatelinePlaces, scanPlace } from './place';
import { placesNamedAgain, scanPlaceLists } from './place-list';
import { extendLowercaseTails } from './tails';
import { markNestedInstitutions, withoutEventInstitutions } from './nesting';
import { CLOSE_QUOTES, OPEN_QUOTES } from './words';

/** Marks the tokens inside quotation marks (a quoted title, what someone said). */
function markQuoted(ctx: Ctx): void {
  for (const s of ctx.w.sentences) {
    let inQ = false;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = ctx.toks[i]!;
      if (inQ && CLOSE_QUOTES.has(t.text)) inQ = false;
      else if (OPEN_QUOTES.has(t.text)) inQ = !inQ || t.text !== '"';
      ctx.quoted[i] = inQ && !OPEN_QUOTES.has(t.text);
    }
  }
}

/** Runs a scanner at every unclaimed token of the body; it returns where the next scan starts. */
function pass(ctx: Ctx, body: Sentence[], scan: (i: number, end: number) => number): void {
  for (const s of body) {
    for (let i = s.tokStart; i < s.tokEnd;) {
      if (ctx.claim[i]) {
        i++;
        continue;
      }
      const next = scan(i, s.tokEnd);
      i = next > i ? next : i + 1;
    }
  }
}

/** Events may hold institutions, never venues: they claim their tokens apart, then both claims merge. */
function scanEvents(ctx: Ctx, body: Sentence[]): void {
  const instClaims = [...ctx.claim];
  ctx.claim = instClaims.map((c) => (c === 'Venue' ? c : undefined));
  pass(ctx, body, (i, end) => scanEvent(ctx, i, end));
  for (const s of body)
    for (let i = s.tokStart; i < s.tokEnd; i++)
      if (OPEN_QUOTES.has(ctx.toks[i]!.text) && !ctx.quoted[i - 1]) scanQuotedEvent(ctx, i, s.tokEnd);
  const eventClaims = ctx.claim;
  ctx.claim = instClaims.map((c, k) => c ?? eventClaims[k]);
}

/** Runs the scanners sentence by sentence over the body (headlines in capitals are left for step 5). */
export function findNames(w: Work): void {
  const ctx = newCtx(w);
  markQuoted(ctx);
  const body = w.sentences.filter((s) => !s.caps);
  // 1. the dateline's city, companies by their legal form, institutions and acronym definitions
  scanDatelineHead(ctx, body);
  pass(ctx, body, (i, end) => scanVenue(ctx, i, end, true));
  pass(ctx, body, (i, end) => scanLegalName(ctx, i, end));
  pass(ctx, body, (i, end) => scanInstitution(ctx, i, end));
  pass(ctx, body, (i, end) => scanAcronymDefinition(ctx, i, end));
  pass(ctx, body, (i, end) => scanAmpersandName(ctx, i, end));
  pass(ctx, body, (i, end) => scanCompany(ctx, i, end));
  pass(ctx, body, (i, end) => scanCompanyList(ctx, i, end));
  pass(ctx, body, (i, end) => scanTradeName(ctx, i, end));
  // 2. events (may contain institutions: they claim their own tokens separately)
  scanEvents(ctx, body);
  // 3. venues, people, places, lone acronyms
  pass(ctx, body, (i, end) => scanVenue(ctx, i, end));
  pass(ctx, body, (i) => scanAcronym(ctx, i));
  pass(ctx, body, (i, end) => scanSpelledAcronym(ctx, i, end));
  pass(ctx, body, (i, end) => scanPostBody(ctx, i, end));
  pass(ctx, body, (i, end) => scanPartyList(ctx, i, end));
  pass(ctx, body, (i) => scanSignerList(ctx, i));
  scanNamedAgain(ctx, body);
  pass(ctx, body, (i, end) =>
    scanPerson(ctx, i, end, afterPostTitle(ctx, i) || listedPerson(ctx, i, end) || agentSlot(ctx, i, end)),
  );
  pass(ctx, body, (i, end) => scanPerson(ctx, i, end, listedPerson(ctx, i, end)));
  pass(ctx, body, (i, end) => scanPlace(ctx, i, end));
  // 4. the dateline's places, a title that names an event, names that go on in lower case
  scanDatelinePlaces(ctx);
  scanPlaceLists(ctx, body);
  placesNamedAgain(w);
  scanTitleEvent(ctx);
  extendLowercaseTails(w);
  // 5. a name read both ways is the event, the office signing the release none; names inside an event or
  // venue are nested
  w.mentions = withoutEventInstitutions(w.mentions).filter((m) => !issuingOffice(w, m));
  markNestedInstitutions(w.mentions, w.tokens.length);
}

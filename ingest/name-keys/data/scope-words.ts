// Words of scope that one document may write in one naming of a body and leave out in the next
// ("la Defensoría Nacional de X" ... "la Defensoría de X"). Across documents they tell a national
// body from a regional namesake, so only the in-document key sets them aside.

export const SCOPE_WORDS: readonly string[] = ['nacional', 'national'];

// Agreement kinds that the press uses interchangeably for one instrument: seed 000 calls the
// same IMSS-ISSS agreement "convenio" in its headline and "acuerdo" in its body. Kinds in one
// group are compatible when matching agreements across documents; any other pair must be equal.

export const AGREEMENT_KIND_GROUPS: readonly (readonly string[])[] = [['convenio', 'acuerdo', 'alianza']];

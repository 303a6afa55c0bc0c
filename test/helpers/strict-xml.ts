// Well-formedness as an XML 1.0 reader checks it: cheerio's xml mode forgives what Gephi and yEd refuse
// (a forbidden character, a bad reference, an unclosed tag), so exports are parsed with saxes, which
// reports every one of them.
import { expect } from 'chai';
import { SaxesParser } from 'saxes';

/** Every well-formedness error of `text` ("line:column: reason"), none for a well-formed document. */
export function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(text).close();
  return errors;
}

/** Fails with the first errors and the text around the first one. */
export function expectWellFormedXml(text: string, what: string): void {
  const errors = xmlErrors(text);
  const at = /^(\d+):(\d+):/.exec(errors[0] ?? '');
  const line = at ? JSON.stringify(text.split('\n')[Number(at[1]) - 1]) : '';
  expect(errors, `${what} is not well-formed XML: ${errors.slice(0, 3).join('; ')} ${line}`).to.deep.equal(
    [],
  );
}

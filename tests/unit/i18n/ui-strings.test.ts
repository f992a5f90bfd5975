// No hard-coded UI text: every visible string and every accessible name goes through t().
// Reads each component with the TypeScript parser and lists JSX text and string-literal
// attributes that contain letters.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');
/** Attributes a person reads or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** The brand name is the same in every language. */
const ALLOWED = new Set(['Repère']);
const LETTER = /\p{L}/u;

const tsxFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();

/** "file:line text" for every piece of hard-coded text in one component source. */
export function hardCodedStrings(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const value = text.trim();
    if (!LETTER.test(value) || ALLOWED.has(value)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${file}:${line} ${JSON.stringify(value)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))) {
        report(init, init.expression.text);
      }
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      // {'text'} as a child.
      if (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) report(node, node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI strings', () => {
  it('the scanner finds JSX text and text attributes, and lets t() calls, symbols and the brand through', () => {
    const code = `
      const A = () => <p title="Bonjour" aria-label={'Fermer'} class="x-y">Texte <b>{t('ok')}</b> · → {'Ici'} Repère <img alt="" /></p>;`;
    expect(hardCodedStrings('a.tsx', code).map((s) => s.split(' ').slice(1).join(' '))).toEqual(['"Bonjour"', '"Fermer"', '"Texte"', '"Ici"']);
  });

  it('no component under src/ has hard-coded text', () => {
    const found = tsxFiles(SRC).flatMap((f) => hardCodedStrings(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});

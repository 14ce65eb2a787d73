// The Node reference: Flesch reading ease, Flesch-Kincaid grade and write-good for every .txt in a folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rs from 'text-readability';
import writeGood from 'write-good';

const folder = process.argv[2];
let letters = 0;
let suggestions = 0;
for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(folder, name), 'utf8');
  const ease = rs.fleschReadingEase(text);
  const grade = rs.fleschKincaidGrade(text);
  const found = writeGood(text);
  suggestions += found.length;
  letters += 1;
  console.log(`${name}: ease ${ease}, grade ${grade}, ${found.length} suggestion(s)`);
}
console.log(`${letters} letter(s), ${suggestions} suggestion(s)`);

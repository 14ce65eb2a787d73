// Builds cmu-syllables.txt, the syllable table Plo.PlainLanguage embeds, from the
// npm package cmu-pronouncing-dictionary (ISC; data from the CMU Pronouncing Dictionary, see NOTICE).
// Run from this folder:  npm install --no-save cmu-pronouncing-dictionary@3.0.0 && node build-syllables.mjs
// Output: one line per syllable count, "N<TAB>word word ...", words sorted; first pronunciation only. It is embedded
// uncompressed: the library indexes these bytes in place (SyllableTable) instead of parsing them into strings.
import { dictionary } from 'cmu-pronouncing-dictionary';
import { writeFileSync } from 'node:fs';

const byCount = new Map();
for (const [word, phones] of Object.entries(dictionary)) {
  if (word.includes('(') || !/^[a-z][a-z'-]*$/.test(word)) continue; // alternates and dotted abbreviations
  const syllables = phones.split(' ').filter(p => /\d$/.test(p)).length;
  if (syllables === 0) continue;
  if (!byCount.has(syllables)) byCount.set(syllables, []);
  byCount.get(syllables).push(word);
}

const lines = [...byCount.keys()].sort((a, b) => a - b).map(n => `${n}\t${byCount.get(n).sort().join(' ')}`);
writeFileSync('cmu-syllables.txt', lines.join('\n') + '\n');
console.log(`${[...byCount.values()].reduce((s, w) => s + w.length, 0)} words`);

// Runs one peer library over every .txt file of a folder, one article at a time, and prints MB/s.
// usage: node peers.mjs compromise|wink FOLDER
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [library, folder] = process.argv.slice(2);
const texts = readdirSync(folder).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(folder, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

let run;
if (library === 'compromise') {
  const nlp = (await import('compromise')).default;
  // What users reach for to get quotations and people from text.
  run = text => { const doc = nlp(text); return doc.quotations().out('array').length + doc.people().out('array').length; };
} else if (library === 'wink') {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  // Tokens and entities only: wink-nlp has no quotation or speaker finder.
  run = text => { const doc = nlp.readDoc(text); return doc.tokens().length() + doc.entities().length(); };
} else {
  throw new Error(`unknown library ${library}`);
}

run(texts[0]); // warm-up
const start = process.hrtime.bigint();
let checksum = 0;
for (const text of texts) checksum += run(text);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ library, documents: texts.length, megabytes: bytes / 1e6, seconds, mbPerSecond: bytes / 1e6 / seconds, checksum }));

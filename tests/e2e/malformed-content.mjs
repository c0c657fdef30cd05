// The malformed content files of tests/fixtures/malformed-content.json, made
// the same way tests/content_file.rs makes them: the shipped content with a
// case's edits applied. Each case names the first error the checker reports.
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(path, import.meta.url));
export const SHIPPED = read('../../content/advisor.json');
export const CASES = JSON.parse(read('../fixtures/malformed-content.json')).cases;

function edit(value, op, path, replacement) {
  const [first, ...rest] = path;
  if (first === '*') {
    // Every child that has the path's next member ("not sure" options have no weights).
    for (const child of Object.values(value)) {
      if (rest.length < 2 || rest[0] in child) edit(child, op, rest, replacement);
    }
    return;
  }
  if (rest.length) return edit(value[first], op, rest, replacement);
  if (Array.isArray(value)) {
    if (op === 'remove') value.splice(Number(first), 1);
    else if (op === 'add' && first === '-') value.push(replacement);
    else value[Number(first)] = replacement;
  } else if (op === 'remove') {
    delete value[first];
  } else {
    value[first] = replacement;
  }
}

/** The bytes of one case's file. */
export function malformed(edits) {
  const value = JSON.parse(SHIPPED);
  let bytes = null;
  for (const e of edits) {
    if (['remove', 'add', 'replace'].includes(e.op)) edit(value, e.op, e.path.split('/').slice(1), e.value);
    if (e.op === 'raw') bytes = Buffer.from(e.arg);
  }
  bytes ??= Buffer.from(JSON.stringify(value, null, 2));
  for (const e of edits) {
    if (e.op === 'truncate') bytes = bytes.subarray(0, e.arg);
    if (e.op === 'bytes') bytes = Buffer.concat([bytes.subarray(0, e.arg), Buffer.from(e.value), bytes.subarray(e.arg)]);
    if (e.op === 'pad') bytes = Buffer.concat([bytes, Buffer.alloc(e.arg - bytes.length, ' ')]);
  }
  return bytes;
}

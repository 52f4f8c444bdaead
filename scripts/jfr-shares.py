#!/usr/bin/env python3
"""Where the time goes in a JFR recording: CPU samples (jdk.ExecutionSample) grouped by pipeline
stage (the outermost known frame on the stack) and by hottest leaf method.

  KHABAR_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/k.jfr,settings=profile \
    -XX:FlightRecorderOptions=stackdepth=512" ./khabar analyze --format jsonl INPUT > /dev/null
  scripts/jfr-shares.py /tmp/k.jfr [TOP=25]
"""
import collections
import json
import os
import subprocess
import sys

# (label, substring of "package.Class.method"), in priority order: a sample goes to the first
# label one of whose substrings occurs anywhere on its stack.
GROUPS = [
    ("text (canonicalise, sentences, tokens)", "TextStage.apply"),
    ("ner (tagger)", "NerStage.apply"),
    ("mentions", "MentionStage.apply"),
    ("link (entities, transliteration)", "EntityStage.apply"),
    ("roles", "RoleStage.apply"),
    ("quotes", "QuoteStage.apply"),
    ("events", "EventStage.apply"),
    ("summary", "SummaryStage.apply"),
    ("json output", "org.khabar.io.json."),
    ("archive: Lucene index", "org.apache.lucene."),
    ("archive: SQLite", "org.sqlite."),
    ("archive: near-duplicate MinHash", "org.khabar.archive.dedup."),
    ("read input", "org.khabar.io.read."),
    ("start-up: knowledge base", "KnowledgeBase."),
    ("start-up: class init", ".<clinit>"),
    ("archive: other", "org.khabar.archive."),
]


def frames(event):
    st = event["values"].get("stackTrace") or {}
    for f in st.get("frames", []):
        m = f.get("method") or {}
        t = (m.get("type") or {}).get("name", "?").replace("/", ".")
        yield t + "." + m.get("name", "?")


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    jfr = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "jfr")
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    by_group = collections.Counter()
    by_leaf = collections.Counter()
    by_leaf_pkg = collections.Counter()
    for e in events:
        fs = list(frames(e))
        if not fs:
            continue
        by_leaf[fs[0]] += 1
        by_leaf_pkg[fs[0].rsplit(".", 2)[0]] += 1
        stack = "\n".join(fs)
        label = next((g for g, sub in GROUPS if sub in stack), "other")
        by_group[label] += 1
    n = sum(by_group.values())
    print(f"{n} CPU samples")
    print("\nby stage (first matching label, see GROUPS):")
    for g, c in by_group.most_common():
        print(f"  {100.0 * c / n:5.1f}%  {g}")
    print(f"\nhottest methods (self time, top {top}):")
    for m, c in by_leaf.most_common(top):
        print(f"  {100.0 * c / n:5.1f}%  {m}")
    print("\nself time by class (top 15):")
    for m, c in by_leaf_pkg.most_common(15):
        print(f"  {100.0 * c / n:5.1f}%  {m}")


if __name__ == "__main__":
    main()

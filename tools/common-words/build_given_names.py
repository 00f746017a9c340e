#!/usr/bin/env python3
"""Writes src/Core/Ingest/Extraction/GivenNames.txt: words the corpus uses as a person's given name.

Discovery types a capitalised pair as a person when its first word is a given name ("Warren Buffett"). Beside the hand
list (ExtractionRules.GivenNames) this list is learned from the corpus: a two- or three-word capitalised name ("Yohei
Nakajima", "Dylan Patel") with a person cue in its line, namely
  after the name   a speech verb ("X said", "X argues", "X explains", ...), ", who", ", the CEO/founder/... of",
                   "he"/"she" right after (", she");
  before the name  a title ("CEO X", "co-founder X", "professor X", "host X", "researcher X"), "according to X",
                   "interview with X", "hosted by X";
  a speaker label  the name alone in bold or before a colon at the very start of a line ("**Dylan Patel:**", "Dylan
                   Patel:"; not in a bullet: "- **Behemoth Model:**" labels anything).
A word that starts such names in at least MIN_NOTES distinct notes and never starts a name with an organisation or
product cue ("X Inc", "X Labs", "X AI" and the other organisation suffixes, "X's model", "X released/launches") or a
place cue ("in X Y,", "across X Y.": "in South Korea,") is a given name. The first word must be capitalised letters only, not a word the corpus writes mostly in lower case
(CommonWords.txt: "Instead Sam Altman said" starts with "Instead"), not a title, determiner or calendar word.
Notes whose file name's SHA-256 starts with "2", "4" or "7" are skipped: they are the held-out pools (HeldOut8, HeldOut6, HeldOut7) and
must stay unseen. The corpus notes are MIT-licensed (tubegraph-dev's LICENSE.txt).
The list is embedded in ClaimGraph.Core (LogicalName ClaimGraph.Ingest.Extraction.GivenNames.txt) and loaded by
ExtractionRules.LearnedGivenNames.

    python3 tools/common-words/build_given_names.py /path/to/corpus src/Core/Ingest/Extraction/CommonWords.txt \
        > src/Core/Ingest/Extraction/GivenNames.txt
"""
import collections
import re
import sys

import corpus

MIN_NOTES = 2

WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
SURNAME = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+|De[A-Z][a-z]+)"
NAME = rf"(?P<first>{WORD})(?: {SURNAME}){{1,2}}"
SPEECH = ("said|says|argues|argued|believes|explains|explained|notes|noted|predicts|predicted|suggests|suggested|"
          "emphasizes|emphasized|stated|states|claims|claimed|recalls|recalled|describes|described|tweeted|wrote|"
          "warns|warned|admits|admitted|contends|posits|discusses|discussed|shared|shares|highlights|highlighted|"
          "observes|observed|recounts|reflects|asked|asks|told|recommends|sees|views|Explains|Says|Argues|Discusses")
PLURAL_SPEECH = "emphasize|argue|explain|discuss|note|believe|highlight|agree|suggest"
TITLES = ("CEO|CTO|CFO|COO|founder|Founder|co-founder|Co-founder|cofounder|Cofounder|professor|Professor|President|"
          "president|chairman|Chairman|researcher|investor|host|Host|co-host|partner|author|economist|scientist|"
          "engineer|entrepreneur|journalist|analyst|developer|creator|director|general partner|managing partner")
AFTER = re.compile(rf"\b{NAME}(?:,? (?:{SPEECH})\b|, who\b|, (?:the |an? )?(?:[a-z]+ ){{0,2}}(?:{TITLES})\b|, (?:he|she) "
                   rf"| and [A-Z][a-z]+(?: [A-Z][a-z]+\.?)? (?:{PLURAL_SPEECH})\b)")
BEFORE = re.compile(rf"(?:\b(?:{TITLES}),? |\b[Aa]ccording to |\binterview with |\bconversation with "
                    rf"|\b(?:hosted|discussed|demonstrated|explained|described|argued|noted|led|founded|proposed|coined) by "
                    rf"|\b(?:thinkers|experts|leaders|figures|players|researchers|investors|founders|entrepreneurs|authors|"
                    rf"artists|people|individuals) (?:like|such as) ){NAME}\b(?![-'’])")
LABEL = re.compile(rf"^(?:\*\*)?{NAME}(?::\*\*|\*\*:|:) ")
ORG_SUFFIXES = ("Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|LLC|PLC|GmbH|AG|SA|Labs|Lab|AI|Capital|Ventures|"
                "Partners|Group|Holdings|Technologies|Technology|Systems|Research|Foundation|Institute|University|College|"
                "Bank|Fund|Network|Networks|Studios|Studio|Motors|Robotics|Semiconductor|Computing|Dynamics|Intelligence|"
                "Reserve|Commission|Agency|Association|Council|Department|Ministry|Exchange|Protocol|DAO|Digital|Media|"
                "Securities|Investments|Management|Analytics|Cloud|Software|Solutions|Industries|Microsystems|"
                "Organization|Organisation")
ORG = re.compile(rf"\b(?P<first>{WORD})(?: [A-Z][A-Za-z]+){{0,2}} (?:{ORG_SUFFIXES})\b"
                 rf"|\b(?P<first2>{WORD})(?: [A-Z][A-Za-z]+){{0,2}}['’]s (?:model|models|API|platform|app|chips?)\b"
                 rf"|\b(?P<first3>{WORD})(?: [A-Z][A-Za-z]+){{0,2}} (?:released|releases|launched|launches)\b")
PLACE = re.compile(rf"\b(?:in|across|throughout) {NAME}[,.;]")
NOT_FIRST = {"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "your",
             "ceo", "cto", "cfo", "coo", "founder", "co-founder", "cofounder", "professor", "president", "chairman", "host",
             "dr", "mr", "mrs", "ms", "sir", "according", "monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december",
             # Compass words open places ("South Korea", "North Carolina") even where no place cue happens to be counted.
             "north", "south", "east", "west"}


def main(root, common_words_file):
    common = {line.strip().lower() for line in open(common_words_file, encoding="utf-8") if line.strip() and not line.startswith("#")}
    person, organisation = collections.defaultdict(set), set()
    paths = corpus.notes(root)
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            for pattern in (AFTER, BEFORE, LABEL):
                for match in pattern.finditer(line):
                    first = match.group("first")
                    if first.lower() not in common and first.lower() not in NOT_FIRST:
                        person[first].add(path.name)
            for match in ORG.finditer(line):
                organisation.add(match.group("first") or match.group("first2") or match.group("first3"))
            for match in PLACE.finditer(line):
                organisation.add(match.group("first"))
    names = sorted(word for word, notes in person.items() if len(notes) >= MIN_NOTES and word not in organisation)
    print(f"# Generated by tools/common-words/build_given_names.py from {len(paths)} corpus notes (held-out pools excluded); "
          f"given names seen with a person cue in at least {MIN_NOTES} notes, never with an organisation or place cue; one a line.")
    print("\n".join(names))


if __name__ == "__main__":
    main(*sys.argv[1:3])

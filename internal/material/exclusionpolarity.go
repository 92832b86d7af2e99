package material

// An exclusion cut out of what a sentence does limits that act: "We may
// view your account settings, but not your messages" views less than "We
// may view your account settings"; "we log requests, excluding their
// contents" logs less. Dropped, it lifts a limit on processing; put, it
// adds one. Cut out of a denial ("we never share it, except with …") it
// is an exception to a promise, and dropped it strengthens the promise,
// as the exception scale reads every exception. Which one it is depends
// on the clause it is cut from: a denial, or an act of processing.

// exclusionOpeners open an exclusion of a noun from what the clause
// before it covers. "but not limited to" opens examples, not an
// exclusion.
var exclusionOpeners = [][]string{{"but", "not"}, {"excluding"}, {"not", "including"}, {"except", "for"}, {"with", "the", "exception", "of"}, {"apart", "from"}}

// processingActs are the verbs of processing personal data: an act the
// exclusion limits, where it is not a duty to the reader ("we will delete
// all data except backups" is a duty, and its exception weakens it).
var processingActs = map[string]bool{"collect": true, "collects": true, "collected": true, "view": true, "views": true, "viewed": true,
	"access": true, "accesses": true, "accessed": true, "see": true, "sees": true, "read": true, "reads": true, "use": true, "uses": true,
	"used": true, "share": true, "shares": true, "shared": true, "disclose": true, "discloses": true, "disclosed": true, "sell": true,
	"sells": true, "sold": true, "process": true, "processes": true, "processed": true, "log": true, "logs": true, "logged": true,
	"record": true, "records": true, "recorded": true, "track": true, "tracks": true, "tracked": true, "monitor": true, "monitors": true,
	"monitored": true, "analyse": true, "analyses": true, "analysed": true, "analyze": true, "analyzes": true, "analyzed": true,
	"infer": true, "infers": true, "inferred": true, "combine": true, "combines": true, "combined": true, "receive": true, "receives": true,
	"received": true, "gather": true, "gathers": true, "gathered": true, "capture": true, "captures": true, "captured": true,
	"scan": true, "scans": true, "scanned": true, "keep": true, "keeps": true, "kept": true, "transfer": true, "transfers": true,
	"transferred": true, "send": true, "sends": true, "sent": true}

// exclusionAfterAct returns where a nominal exclusion opens in ws (-1 for
// none), where the words before it deny nothing and say an act of
// processing: "we may view your settings but not your messages".
func exclusionAfterAct(ws []string) int {
	for i := range ws {
		for _, o := range exclusionOpeners {
			if i+len(o) > len(ws) || !equalWords(ws[i:i+len(o)], o) {
				continue
			}
			if o[0] == "but" && i+2 < len(ws) && (ws[i+2] == "limited" || ws[i+2] == "restricted") {
				continue // "including but not limited to"
			}
			act := false
			for _, w := range ws[:i] {
				switch {
				case w == "not" || w == "no" || w == "never" || w == "none" || w == "nor" || w == "without" || w == "nothing":
					return -1 // an exception to a denial
				case processingActs[w]:
					act = true
				}
			}
			if act {
				return i
			}
			return -1
		}
	}
	return -1
}

// exclusionPolarity reads an exception the force comparison found
// (force.scale "exception") as a limit on an act where it is an exclusion
// cut out of one (exclusionAfterAct), what changed is that exclusion on
// the side that has it and at most two words on the other, which has
// none: dropped, a limit lifted; put, a limit added. Any other force
// change, or a sentence rewritten beyond its exclusion, is returned as it
// is.
func exclusionPolarity(force *forceChange, old, new []string) *forceChange {
	if force == nil || force.scale != "exception" {
		return force
	}
	o, n := exclusionAfterAct(old), exclusionAfterAct(new)
	p, os, ns := changedSpan(old, new)
	switch {
	case o >= 0 && n < 0 && len(force.from) > 0 && len(force.to) == 0 && p <= o && o < os && ns-p <= 2:
		return &forceChange{scale: force.scale, from: force.from, verb: "limit lifted", direction: Expands}
	case n >= 0 && o < 0 && len(force.to) > 0 && len(force.from) == 0 && p <= n && n < ns && os-p <= 2:
		return &forceChange{scale: force.scale, to: force.to, verb: "limited", direction: Restricts}
	}
	return force
}

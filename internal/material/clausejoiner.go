package material

// clauseJoiner is a word that joins two clauses, after the mark that
// ends the first: ", but", "; but", ". But". Which mark stands before it
// changes no clause: "We won't send you marketing messages if you tell
// us not to, but if you receive a service …" is "If you tell us not to
// send you marketing messages, we won't; but if you receive a service …"
// (b28-43), the same two clauses.
const clauseJoiner = `\s+(?:and|but|or|while|whereas|so)\b`

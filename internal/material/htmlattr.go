package material

// htmlTagRE is an HTML tag with attributes: what a reader sees is the
// text between tags, not the addresses and classes inside them. A bare
// tag ("<br>", "<strong>") is left to what reads it as a break or as
// emphasis.
var htmlTagRE = mustPattern(`<[A-Za-z][A-Za-z0-9-]*\s+[^<>]*>`)

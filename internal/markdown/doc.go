// Package markdown owns how redline reads a policy file: the TOML front
// matter between +++ lines, the Markdown body rendered to safe HTML with
// stable heading anchors and a table of contents, and the body as a list of
// blocks with their section paths, which is what redline compares.
//
// It is configured once (goldmark with GFM tables and strikethrough, no raw
// HTML, no dangerous links) and does no I/O.
package markdown

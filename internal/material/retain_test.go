package material

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"
)

// TestCachesLetDocumentsGo holds the caches of short texts to their
// promise: what they remember must not keep alive the document a text was
// cut from. A build compares thousands of documents, one policy at a
// time; a cache that kept each one's text would hold the whole site in
// memory and make the collector mark it again and again.
func TestCachesLetDocumentsGo(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name string
		call func(c *classifier, s string) any
	}{
		{"entities", func(c *classifier, s string) any { return c.entities(s) }},
		{"contactsOf", func(c *classifier, s string) any { l, m := c.ix.contactsOf(s); return []any{l, m} }},
		{"fold", func(c *classifier, s string) any { return c.ix.fold(s) }},
		{"lower", func(c *classifier, s string) any { return c.ix.lower(s) }},
		{"plain", func(c *classifier, s string) any { return c.ix.plain(s) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &classifier{rb: rb, ix: rb.index}
			// A document made at run time, as a build reads one, with a
			// paragraph that names a company, a country and a contact.
			var b strings.Builder
			b.WriteString(strings.Repeat("Filler text of a long policy. ", 2000))
			b.WriteString("\n\nWe share your data with Mailgun Technologies in the United States; write to privacy@example.com or call +1 415 555 0100.\n\n")
			b.WriteString(strings.Repeat("More filler. ", 2000))
			doc := string([]byte(b.String()))
			size := len(doc)
			b.Reset()
			start := strings.Index(doc, "We share")
			para := doc[start : start+strings.Index(doc[start:], "\n")]
			alive := weak.Make(unsafe.StringData(doc))
			kept := tc.call(c, para)
			doc, para = "", ""
			runtime.GC()
			runtime.GC()
			if alive.Value() != nil {
				t.Errorf("%s remembers a paragraph by holding on to its %d-byte document", tc.name, size)
			}
			runtime.KeepAlive(kept)
		})
	}
}

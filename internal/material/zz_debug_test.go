package material

import (
	"os"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

func TestZZDebug(t *testing.T) {
	o, n := os.Getenv("ZZO"), os.Getenv("ZZN")
	if o == "" {
		t.Skip()
	}
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	v := c.classify(redline.Change{Kind: redline.Replace, Section: []string{os.Getenv("ZZH")}, Old: o, New: n})
	t.Logf("as replace: %v %s: %s", v.Material, v.Rule, v.Reason)
}

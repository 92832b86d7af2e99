package material

import (
	"strings"
	"testing"
)

// TestPartiesApart: a word for the people a policy serves traded for
// another the policy itself names apart from it is a change of whom the
// sentence is said of. omnie's policy has clients (the shops) and their
// customers (the shoppers): "Client systems … collect and store customer
// data". "does not use customer data" → "does not use client data" moves
// the promise from the shoppers' data to the shops' (b178-46, b304-45,
// two writers); "Clients are responsible" → "Customers are responsible"
// makes the shoppers the controllers (b178-44). All three were read
// "Same commitments, reworded". Twins: the same trade in a policy that
// names the two words only as one ("the user/subscriber", "users or
// customers"), or names only one of them.
func TestPartiesApart(t *testing.T) {
	rb := Builtin()
	omnie := func(line string) string {
		return "## Overview\n\nomnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems and does not independently host or control customer data.\n\n" +
			"## Role of omnie\n\nomnie acts as a service provider (processor) on behalf of its clients.\n\n- Client systems (e.g., Zendesk, Gorgias, Shopify) collect and store customer data\n\n## Use of Information\n\n" + line + "\n"
	}
	for _, tc := range []struct {
		name, old, new string
		doc            func(string) string
		want           bool
	}{
		{"customer data, client data (b304-45)", "omnie does not use customer data for marketing or independent purposes.",
			"omnie does not use client data for marketing or independent purposes.", omnie, true},
		{"clients, customers (b178-44)", "Clients are responsible for determining how data is collected, stored, and retained.",
			"Customers are responsible for determining how data is collected, stored, and retained.", omnie, true},
		{"twin: the two words named as one", "omnie does not use customer data for marketing or independent purposes.",
			"omnie does not use client data for marketing or independent purposes.", func(line string) string {
				return "## Overview\n\nThis data belongs to you (the client/customer).\n\n## Use of Information\n\n" + line + "\n"
			}, false},
		{"twin: users or customers", "omnie does not use customer data for marketing or independent purposes.",
			"omnie does not use client data for marketing or independent purposes.", func(line string) string {
				return "## Overview\n\nThis policy applies to our clients or customers, and to visitors of our website.\n\n## Use of Information\n\n" + line + "\n"
			}, false},
		{"twin: only one of them named elsewhere", "omnie does not use customer data for marketing or independent purposes.",
			"omnie does not use client data for marketing or independent purposes.", func(line string) string {
				return "## Overview\n\nomnie provides customer support services for ecommerce businesses and their customers.\n\n## Use of Information\n\n" + line + "\n"
			}, false},
	} {
		rep, _, why := judgeText(rb, tc.doc(tc.old), tc.doc(tc.new))
		if rep.Material != tc.want {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.want, strings.Join(why, "; "))
		}
	}
}

// TestPartiesApartNamedAlready: a sentence that named both before says
// again who they are: "External users are users of Kinde's customers" →
// "… customers of Kinde's customers", where another sentence has users
// and customers apart, is the same people (kinde-oss 034, labelled minor).
func TestPartiesApartNamedAlready(t *testing.T) {
	rb := Builtin()
	doc := func(line string) string {
		return "## Sub-processors\n\nNotifications of changes to sub-processors for external users will be provided to customers who subscribe.\n\n" + line + "\n"
	}
	if rep, _, why := judgeText(rb, doc("External users are users of Kinde’s customers, whose personal data we process."), doc("External users are customers of Kinde’s customers, whose personal data we process.")); rep.Material {
		t.Errorf("users of customers → customers of customers: material: %s", strings.Join(why, "; "))
	}
}

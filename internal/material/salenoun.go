package material

import "slices"

// saleAsSell writes, in two word lists, "sale of" as "sell" where the
// other list says "sell" and not "sale", and this one says no "sell": the
// act of selling said by its noun ("in the event of a sale of all or a
// portion of our assets") or its verb ("if we sell all or a portion of
// our assets", b35-42). Only a sale of something is the act: "our sales
// team" sells nothing. What is sold, and by whom, is still compared.
func saleAsSell(a, b []string) ([]string, []string) {
	if !slices.Contains(a, "sale") && !slices.Contains(b, "sale") {
		return a, b
	}
	rewrite := func(ws, other []string) []string {
		if slices.Contains(other, "sale") || !slices.Contains(other, "sell") || slices.Contains(ws, "sell") {
			return ws
		}
		var out []string
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == "sale" && ws[i+1] == "of" {
				if out == nil {
					out = slices.Clone(ws)
				}
				out[i] = "sell"
			}
		}
		if out == nil {
			return ws
		}
		return out
	}
	return rewrite(a, b), rewrite(b, a)
}

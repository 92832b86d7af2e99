package material

// A country glossed with the region it lies in ("Hetzner Cloud servers in
// Germany (EU)") is a place, not a body defined by its initials: the
// bracket's capitals are the region's, not the country's. Traded for
// another country under the same gloss ("in Singapore (EU)"), the
// country is where data now goes, not one body renamed (significance.go's
// rule for "the Danish Agency for Digital Administration (DIGG)" → "the
// Agency for Digital Government (DIGG)"). The rulebook's countries are a
// closed list; no body a policy defines by initials is named as one.

// countryGlossed reports a name, from definedNames, that is a country the
// rulebook knows.
func (c *classifier) countryGlossed(name string) bool {
	return c.ix.countries[name]
}

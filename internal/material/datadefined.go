package material

// personalDataDefined reports folded words that define personal data:
// "“Personal information” is any information that identifies you",
// "Personal data means …". What the definition covers is which data the
// policy's every commitment is about: a change in it is the data
// category's, whatever its clause names ("can be used to contact you" is
// no purpose of use there).
func personalDataDefined(ws []string) bool {
	for i := 0; i+2 < len(ws) && i < 4; i++ {
		if ws[i] != "personal" || ws[i+1] != "data" {
			continue
		}
		switch ws[i+2] {
		case "means", "refers":
			return true
		case "is":
			// "is any information", not "is shared with": a definition,
			// not a passive.
			if i+3 < len(ws) && (ws[i+3] == "any" || ws[i+3] == "all" || ws[i+3] == "information" || ws[i+3] == "data") {
				return true
			}
		}
	}
	return false
}

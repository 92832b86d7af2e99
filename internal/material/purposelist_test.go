package material

import "testing"

// TestPurposePart: a sentence of purpose that gains a part of its own
// words names a purpose more (b251-05); the same parts said in other
// words share their words of substance with the old ones.
func TestPurposePart(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a part of its own words", "Platform maintenance",
			"- To monitor system performance and maintain platform security.",
			"- To monitor system performance, maintain platform security and tailor travel offers to your journeys.", true},
		{"the same parts, reworded", "Platform maintenance",
			"- To monitor system performance and maintain platform security.",
			"- To monitor the performance of our systems and keep the platform secure.", false},
	})
}

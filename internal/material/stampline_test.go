package material

import "testing"

// TestStampLine: a line that only says when the page was last changed and
// by whom ("Latest update on Thursday 3 February 2022 à 17:19 by Natalia
// Kudryavtseva") dates the document and names its editor, who receives no
// one's data: a new date, time of day or editor is minor, whatever
// language writes the "at" of the time. A line that dates a commitment
// ("Data collected before 1 March 2020 is deleted"), or names a company
// after "by" in a sentence that processes data, is still compared; so is a
// date stamp that gains a commitment. (Written for b47-11, b47-16.)
func TestStampLine(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b47-11", "Processing of Personal Data - CCM",
			"Latest update on **Tuesday 7 January 2020 à 09:42** by noctambule28.",
			"Latest update on **Thursday 3 February 2022 à 17:19** by Natalia Kudryavtseva.", false},
		{"b47-16", "Processing of Personal Data - CCM",
			"Latest update on **Thursday 3 February 2022 à 17:19** by Natalia Kudryavtseva.",
			"Latest update on **Friday 4 February 2022 à 03:34** by David Webb.", false},
		{"time of day, English", "Privacy Policy",
			"Last modified on 12 March 2021 at 10:15 by jdoe.",
			"Last modified on 2 June 2023 at 16:40 by Maria Keller.", false},
		{"editor only", "Privacy Policy",
			"Page last edited 5 May 2024 by Hannah Poteat",
			"Page last edited 5 May 2024 by the Legal Team", false},
		// Material twins: a date that bounds a commitment, a company that
		// processes data, a stamp that gains a commitment.
		{"date of a commitment", "Retention",
			"Data collected before 1 March 2020 is deleted.",
			"Data collected before 1 March 2022 is deleted.", true},
		{"processed by a company", "Processors",
			"Your payments are processed by Stripe.",
			"Your payments are processed by Adyen.", true},
		{"stamp gains a commitment", "Privacy Policy",
			"Latest update on 3 February 2022 by Natalia Kudryavtseva.",
			"Latest update on 3 February 2022 by Natalia Kudryavtseva. We now share your email address with advertisers.", true},
	})
}

package material

import "testing"

// TestExplainerPointer: a pointer to an explainer (a video, a guide) added
// commits to nothing: as a paragraph naming only the title of the page it
// points to (b53-12), or in brackets inside a table's cell (b53-13); a
// pointer to where a term is defined removed ("See Section 1 … for what
// we mean by the Spotify Service", b53-15).
// Material twins: a sentence that names a party data goes to, or says
// what is done with data, beside the same link.
func TestExplainerPointer(t *testing.T) {
	rb := Builtin()
	const lead = "*   categories of personal data which we use for each purpose (see more about these categories in Section 3 'Personal data we collect about you')"
	const tail = "Here is a general explanation of each \"legal basis\" to help you understand the table:"
	const head = "| **Purpose for processing your data** | **Legal basis that permits the purpose** | **Categories of personal data used for the purpose** |\n| --- | --- | --- |\n"
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b53-12", "4. Our purpose for using your personal data",
			lead + "\n\n" + tail,
			lead + "\n\nYou can also watch our video about [Personal Data at Spotify](https://www.youtube.com/watch?v=FhnwTljFiaM).\n\n" + tail, false},
		{"b53-13", "4. Our purpose for using your personal data",
			head + "| To provide the personalized Spotify Service. | *   Performance of a Contract<br>*   Consent | *   User Data<br>*   Usage Data |",
			head + "| To provide the personalized Spotify Service. (You can watch our video about [Personalization](https://youtu.be/B9iWpJfw4XY) to understand more.) | *   Performance of a Contract<br>*   Consent | *   User Data<br>*   Usage Data |", false},
		{"guide in brackets", "How we use your data",
			"We use your listening history to recommend music.",
			"We use your listening history to recommend music. (You can read our guide about [Recommendations](https://example.com/guide) for more information.)", false},
		{"b53-15", "4. Our purpose for using your personal data",
			head + "| To provide the Spotify Service in accordance with our contract with you. See [Section 1 ‘About this Policy’](#1-about-this-policy) for what we mean by the Spotify Service.<br><br>For example, when we use your personal data to:<br><br>* set up an account for you | Performance of a Contract | * User Data |",
			head + "| To provide the Spotify Service in accordance with our contract with you.<br><br>For example, when we use your personal data to:<br><br>* set up an account for you | Performance of a Contract | * User Data |", false},
		{"definition pointer, prose", "Definitions",
			"We process your data to provide the Service. Please see Section 2 for what we mean by the Service.",
			"We process your data to provide the Service.", false},
		// Material twins.
		{"twin: what we do, not what we mean", "4. Our purpose for using your personal data",
			head + "| To provide the Spotify Service in accordance with our contract with you. See [Section 1](#1) for what we mean by the Spotify Service.<br><br>For example, to set up an account for you | Performance of a Contract | * User Data |",
			head + "| To provide the Spotify Service in accordance with our contract with you. We also use your data to train models.<br><br>For example, to set up an account for you | Performance of a Contract | * User Data |", true},
		{"twin: a party beside the link", "4. Our purpose for using your personal data",
			lead + "\n\n" + tail,
			lead + "\n\nWe share your viewing data with YouTube; you can watch our video about [Personal Data at Spotify](https://www.youtube.com/watch?v=FhnwTljFiaM).\n\n" + tail, true},
		{"twin: a purpose in brackets", "4. Our purpose for using your personal data",
			head + "| To provide the personalized Spotify Service. | *   Performance of a Contract<br>*   Consent | *   User Data<br>*   Usage Data |",
			head + "| To provide the personalized Spotify Service. (We also use it to train our recommendation models.) | *   Performance of a Contract<br>*   Consent | *   User Data<br>*   Usage Data |", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}

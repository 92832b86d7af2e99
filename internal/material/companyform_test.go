package material

import "testing"

// TestCompanyFormRenamed: a company whose legal form changed, its name
// kept ("WhatsApp Inc." → "WhatsApp LLC", b14-10), is the same party; the
// forms were left unexplained and the edit went to a reviewer. A form
// whose name changed names another company, and so does a form of one
// country's law for another form ("Inc." → "GmbH", TestCountryForm).
func TestCompanyFormRenamed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Zentrova LLC provides the service to you and is responsible for your personal data.", false},
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Zentrova GmbH provides the service to you and is responsible for your personal data.", true}, // a German company for a US one (countryForms; b20-15)
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Quorbit Inc. provides the service to you and is responsible for your personal data.", true},
		{"Who we are", "If you live outside Europe, Zentrova Inc. provides the service to you and is responsible for your personal data.",
			"If you live outside Europe, Zentrova Payments LLC provides the service to you and is responsible for your personal data.", true},
		{"About the controller", "The controller of your data is Example Ltd.", "The controller of your data is Example Holdings Inc.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestCompanyFormAdded: a company named by its name alone, then with its
// legal form after it, or the other way round ("Reddit complies" →
// "Reddit, Inc., complies", b17-08), is the same party named in full: the
// form stands where the name stood, the words around it kept. A form that
// comes with a word more of name, or after another name, names another
// company.
func TestCompanyFormAdded(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Data Privacy Framework", "Reddit complies with the EU-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce. Reddit has certified to the U.S. Department of Commerce that it adheres to the EU-U.S. DPF Principles.",
			"Reddit, Inc., complies with the EU-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce. Reddit, Inc., has certified to the U.S. Department of Commerce that it adheres to the EU-U.S. DPF Principles.", false},
		{"Payments", "We share your card details with Zentrova so that it can process your payments.",
			"We share your card details with Zentrova GmbH so that it can process your payments.", false},
		{"Who we are", "Quorbit Ltd. is the controller of your personal data.",
			"Quorbit is the controller of your personal data.", false},
		{"Who we are", "The controller of your personal data is Quorbit Limited.",
			"The controller of your personal data is Quorbit.", false},
		{"Payments", "We share your card details with Zentrova so that it can process your payments.",
			"We share your card details with Quorbit GmbH so that it can process your payments.", true},
		{"Payments", "We share your card details with Zentrova so that it can process your payments.",
			"We share your card details with Zentrova Payments Ltd. so that it can process your payments.", true},
		{"Payments", "We share your card details with Zentrova so that it can process your payments.",
			"We share your card details with Zentrova and Quorbit Inc. so that they can process your payments.", true},
		{"Who we are", "Quorbit is the controller of your personal data.",
			"Quorbit Holdings Ltd. is the controller of your personal data.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestCompanyFormLabel: the form cut from a name that the other side
// still writes, but as the label of another company, is not the same
// company named short (glassdoor v7).
func TestCompanyFormLabel(t *testing.T) {
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "Where we process data",
		"The data we process is hosted, controlled, and services are provided by Glassdoor LLC, including, where applicable, outside of the European Economic Area (EEA).",
		"The data we process is hosted, controlled, and services are provided by Indeed, Inc. (“Glassdoor”), including, where applicable, outside of the European Economic Area (EEA).")
	if !rep.Material {
		t.Errorf("another company under the old one's name as its label: minor: %v", why)
	}
}

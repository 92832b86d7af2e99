package material

import (
	"strings"
	"testing"
)

// TestConveyedCategory: what the reader's device sends ("Firefox sends
// Mozilla what you type", "the app by default sends campaign data to
// Tracklytics") is data the company collects (GDPR Art. 13, 14(1)(d)),
// whatever else the sentence or its heading names: the platforms it is
// sent from widened, what is sent rewritten, a flow added whole. Its twins
// keep their category: what the company sends ("we send your order
// details to our courier"), a receiver named anew (a recipient), what is
// sent to the reader ("sends you a reminder") and a request the reader
// sends. (Written before the verbs of conveying were read, for Mozilla's
// 060, 089, 100 and 104.)
func TestConveyedCategory(t *testing.T) {
	rb := Builtin()
	for _, tc := range []categoryCase{
		{"platforms a flow is sent from", "Measure our marketing",
			"_On Android_: the app by default sends campaign data to Tracklytics, our analytics vendor.",
			"_On iOS and Android_: the app by default sends campaign data to Tracklytics, our analytics vendor.", "data"},
		{"what is sent rewritten", "Search suggestions",
			"* __Searches__: the browser sends Acme what you type into the search bar and Acme may share that data with its partners.",
			"* __Sites you visit__: the browser sends Acme which suggestions you click or dismiss and Acme may share that data with its partners.", "data"},
		{"a flow added whole", "If you use these features, the browser will share data with our partners",
			"Test versions are still under active development and may contain new features.",
			"Test versions are still under active development and may contain new features.\n\nTest versions by default may send reports of how you use new features to Acme and in some cases to our partners.", "data"},
		{"twin: what the company sends", "Sharing",
			"_On Android_: we send your order details to our courier, which has its own privacy policy.",
			"_On iOS and Android_: we send your order details to our courier, which has its own privacy policy.", "recipients"},
		{"twin: a receiver named anew", "Measure our marketing",
			"The app by default sends campaign data to Tracklytics, our analytics vendor.",
			"The app by default sends campaign data to Tracklytics and Branchmetrics, our analytics vendors.", "recipients"},
		{"twin: sent to the reader", "Reminders",
			"_On Android_: the app sends you a reminder before your subscription renews, to help you manage your purchases.",
			"_On iOS and Android_: the app sends you a reminder before your subscription renews, to help you manage your purchases.", "unclassified"},
		{"twin: a request the reader sends", "Your rights",
			"To exercise your rights, complete the form on our website or send your request to privacy@acme.example.",
			"To exercise your rights, send your request to privacy@acme.example.", "rights"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.category] || tc.category != "data" && cats["data"] {
			t.Errorf("%s: material=%v, want %s alone: %s", tc.name, rep.Material, tc.category, strings.Join(why, "; "))
		}
	}
}

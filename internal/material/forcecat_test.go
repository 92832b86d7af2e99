package material

import "testing"

// TestForceCategory: a commitment's force changed is filed under what the
// changed words are about, not under the words nearest the force word. A
// period of keeping bound to another event is retention ("until you ask
// us to delete them" → "for as long as we need them"); a purpose added
// where "only" was lifted is what it adds, an AI purpose; a limit lifted
// on the data of users under an age is about children; a way to opt out
// removed from "by X or by Y" is a way of using a right. The twins keep
// the category they had. (Written before the rules were changed for
// b12-25, b12-31, b12-39 and b12-35.)
func TestForceCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b12-25", "Data Retention",
			"We keep the documents you save in your workspace until you ask us to delete them.",
			"We keep the documents you save in your workspace for as long as we need them.", "retention"},
		{"photos kept until a request", "How long we keep data",
			"We store your photos until you ask us to remove them.",
			"We store your photos for as long as we consider necessary.", "retention"},
		{"b12-31", "Call Recordings",
			"Recordings of calls to our helpline are used only for quality checks and are deleted after 90 days.",
			"Recordings of calls to our helpline are used for quality checks and to train our AI call-routing model, and are deleted after 90 days.", "ai"},
		{"chat transcripts to train a model", "Support chats",
			"Chat transcripts are used only to answer your question.",
			"Chat transcripts are used to answer your question and to train our machine learning models.", "ai"},
		{"b12-39", "Children's Privacy",
			"We never share information about users under 16 with our advertising partners.",
			"We share information about users under 16 with our advertising partners only where a parent has agreed.", "children"},
		{"data of users under 13 sold", "Young users",
			"We do not sell the personal data of users under 13.",
			"We do not sell the personal data of users under 13 unless a parent consents.", "children"},
		{"b12-35", "Marketing Communications",
			"You can stop our marketing emails at any time by clicking the unsubscribe link at the bottom of each message or by changing your preferences in Settings.",
			"You can stop our marketing emails at any time by changing your preferences in Settings.", "rights"},
		{"a way to withdraw consent removed", "Marketing",
			"You can withdraw your consent at any time by emailing our privacy team or by writing to our office.",
			"You can withdraw your consent at any time by writing to our office.", "rights"},
		{"twin: a purpose added where only was lifted stays purposes", "How we use recordings",
			"Recordings of calls are used only for quality checks.",
			"Recordings of calls are used for quality checks and to resolve billing disputes.", "purposes"},
		{"twin: sharing with advertisers allowed stays recipients", "Sharing",
			"We never share your information with our advertising partners.",
			"We share your information with our advertising partners only where you have agreed.", "recipients"},
	})
}

// TestAIPurposeCategory: data used, or no longer used, for an automated
// system is the AI category's, though the sentence names data and what it
// is used for. A purpose added beside AI words left as they were stays a
// purpose. (Written before the rules were changed for b12-15. An item
// added to a list of purposes stays a purpose, AI or not, as batch 4
// labels "and to develop and fine-tune our machine-learning features".)
func TestAIPurposeCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b12-15", "2. WHY WE COLLECT AND PROCESS YOUR PERSONAL DATA",
			"**Like many AI-powered experiences, we may use your user-generated input such as chat data to train and improve the model that we use to provide our Services. You can opt-out of model training anytime in your Service-related settings. Opting out will not affect your existing gameplay.**",
			"**Like many AI-powered experiences, we may use your user-generated input such as chat data to train and improve the model that we use to provide our Services. We do not use personal information of users in the US who are identified as children (as defined in COPPA) for model training. You can opt-out of model training anytime in your Service-related settings. Opting out will not affect your existing gameplay.**", "ai"},
		{"children's data kept out of training", "How we use your data",
			"We may use your chat data to improve our services.",
			"We may use your chat data to improve our services. We do not use personal information of children for model training.", "ai"},
		{"a promise not to train on messages removed", "How we use your data",
			"We use your messages to deliver them. We never use your messages for model training.",
			"We use your messages to deliver them.", "ai"},
		{"twin: a purpose added beside AI words kept", "How we use your data",
			"We use your chat data to train our AI model and to answer your questions.",
			"We use your chat data to train our AI model, to answer your questions and to send you marketing offers.", "purposes"},
	})
}

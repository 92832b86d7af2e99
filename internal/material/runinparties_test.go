package material

import "testing"

// TestRunInListOfParties: an item of a list run in after a colon and
// split by semicolons ("providers of: website hosting; …; generative AI
// services; …") is read under the words before the colon; where those
// name parties ("providers of", "partners:"), each item is one of them,
// whatever service it is named by: "generative AI services" added there
// is a new kind of recipient, not an AI purpose. A run-in list of what is
// done, not of whom, leaves the item to its own words. (Written before the
// rules were changed for b17-07.)
func TestRunInListOfParties(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b17-07", "How will Substack share the Personal Information it receives?",
			"*   **Our Service Providers:** We share your Personal Information with third-party service providers that provide services on our behalf; for example, we use Stripe (a third party payment provider) to receive and process your credit card transactions for us. Such third parties further include, but are not limited to, providers of: website hosting; maintenance services; email services; security services; content delivery networks; customer support operations and software services; traffic and usage analytics services; and cloud storage and computing services.",
			"*   **Our Service Providers:** We share your Personal Information with third-party service providers that provide services on our behalf; for example, we use Stripe (a third party payment provider) to receive and process your credit card transactions for us. Such third parties further include, but are not limited to, providers of: website hosting; maintenance services; email services; security services; generative AI services; content delivery networks; customer support operations and software services; traffic and usage analytics services; and cloud storage and computing services.", "recipients"},
		{"vendors of machine learning tools", "Who we share data with",
			"We disclose personal data to vendors of: payment processing; customer support; email delivery.",
			"We disclose personal data to vendors of: payment processing; customer support; machine learning models; email delivery.", "recipients"},
		{"partners for cookies and analytics", "Disclosures",
			"We share information with third-party partners such as: advertising networks; fraud prevention services.",
			"We share information with third-party partners such as: advertising networks; cookie and tracking analytics providers; fraud prevention services.", "recipients"},
		{"twin: a run-in list of uses keeps the item's own words", "How we use data",
			"We use your data for: billing; customer support; fraud prevention.",
			"We use your data for: billing; customer support; automated credit scoring; fraud prevention.", "ai"},
	})
}

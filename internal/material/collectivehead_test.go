package material

import "testing"

// TestCollectiveHead: a noun of what something is made of, as a mass,
// after the noun it is made of ("our server infrastructure") is the
// plural of that noun ("our servers"). Twins move the servers to another
// country or another party, or name other things. (Written before the
// rules were changed for b24-44.)
func TestCollectiveHead(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b24-44", "Mobile Application (iOS)",
			"We do not collect location data, contacts, photos, or other device data beyond what is listed above. The iOS app does not use third-party analytics SDKs — all analytics flow through our own server infrastructure.",
			"Beyond what is listed above, we collect no location data, contacts, photos or other device data. No third-party analytics SDKs are built into the iOS app; every analytics event is routed through servers we operate ourselves.", false},
		{"server infrastructure → servers", "Hosting",
			"All data is stored on our own server infrastructure in Germany.",
			"All data is stored on our own servers in Germany.", false},
		{"network equipment → network", "Security",
			"We monitor our network equipment for intrusions.",
			"We monitor our network for intrusions.", false},
		{"twin: another country", "Hosting",
			"All data is stored on our own server infrastructure in Germany.",
			"All data is stored on our own servers in the United States.", true},
		{"twin: another party's servers", "Hosting",
			"All data is stored on our own server infrastructure.",
			"All data is stored on our cloud provider's servers.", true},
		{"twin: an analytics partner", "Mobile Application (iOS)",
			"The iOS app does not use third-party analytics SDKs — all analytics flow through our own server infrastructure.",
			"No third-party analytics SDKs are built into the iOS app; every analytics event is routed through servers operated by our analytics partner.", true},
		{"twin: other things", "Hosting",
			"All data is stored on our own server infrastructure in Germany.",
			"All data is stored on our own laptops in Germany.", true},
	})
}

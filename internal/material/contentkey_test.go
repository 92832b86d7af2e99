package material

import "testing"

// TestContentKey: a case said as a phrase or as a clause, in the same
// words up to how a number or a force word is spelt, is the same case
// (b60-27, contentkey.go). The twins add a word of force the other side
// has only once, or trade one class for another.
func TestContentKey(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		// b60-27
		{"Infrastructure Monitoring and Recovery", "- Uptime Monitoring: External health checks run every 5 minutes with automated alerting on service degradation",
			"- Uptime Monitoring: External health checks run every five minutes, with automatic alerts when the service degrades", false},
		{"Security", "Our systems raise automated alerts on detection of intrusion.", "Our systems raise automatic alerts when they detect an intrusion.", false},
		// twins
		{"Sharing", "We may offer the option to share your location with Google Duo.", "We may offer the option to share your location with Google Duo, where available.", true},
		{"Security", "Our systems raise automated alerts on detection of intrusion.", "Our systems raise manual alerts when they detect an intrusion.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

//go:build race

package material

// raceEnabled: the race detector's instrumented build allocates more, so
// allocation bounds measured without it do not hold under it.
const raceEnabled = true

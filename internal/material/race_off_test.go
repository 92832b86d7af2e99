//go:build !race

package material

const raceEnabled = false

package material

import "sync"

// A wordCache remembers an answer per word, for every goroutine that
// classifies. It was a sync.Map: a Load of one cost two to five times a
// lookup in a plain map, its words filed in a tree of many small nodes
// and looked up through an interface, and the lexicon and the prefixes
// of words are asked of every word of most changes. Words are added far
// less often than they are looked up, so readers share a read lock.
type wordCache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

func (c *wordCache[V]) load(w string) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[w]
	c.mu.RUnlock()
	return v, ok
}

// store files v under w, which it keeps: w must not be part of a larger
// text that should not be kept.
func (c *wordCache[V]) store(w string, v V) {
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]V{}
	}
	c.m[w] = v
	c.mu.Unlock()
}

package redline

import "sort"

// edit is one step of a block alignment.
type edit struct {
	op   Op  // Equal, Deleted or Inserted
	a, b int // index in old (Equal, Deleted) and new (Equal, Inserted)
}

// maxDPCells bounds the quadratic fallback of align: past it, a region with
// no shared unique block is reported as deleted and inserted whole. This is
// what keeps two unrelated megabyte texts from taking seconds, and it does
// not depend on time, so results stay the same on every machine.
const maxDPCells = 1 << 18

// align aligns two sequences of block keys with patience diff: blocks that
// are unique in both sequences anchor the alignment (longest increasing
// subsequence), and the regions between anchors are aligned recursively, or
// by LCS when they are small. Keys are ints standing for block texts.
func align(a, b []int) []edit {
	var out []edit
	alignEach(a, b, func(e edit) { out = append(out, e) })
	return out
}

// alignEach is align giving each edit, in order, to emit: a long text's
// alignment is walked without being held.
func alignEach(a, b []int, emit func(edit)) {
	alignRange(a, b, 0, len(a), 0, len(b), emit)
}

func alignRange(a, b []int, a0, a1, b0, b1 int, emit func(edit)) {
	// common prefix
	for a0 < a1 && b0 < b1 && a[a0] == b[b0] {
		emit(edit{Equal, a0, b0})
		a0++
		b0++
	}
	// common suffix, emitted after the middle
	n := 0
	for a1-n > a0 && b1-n > b0 && a[a1-n-1] == b[b1-n-1] {
		n++
	}
	a1, b1 = a1-n, b1-n
	defer func() {
		for i := 0; i < n; i++ {
			emit(edit{Equal, a1 + i, b1 + i})
		}
	}()
	switch {
	case a0 == a1:
		for j := b0; j < b1; j++ {
			emit(edit{Inserted, -1, j})
		}
		return
	case b0 == b1:
		for i := a0; i < a1; i++ {
			emit(edit{Deleted, i, -1})
		}
		return
	}
	if anchors := uniqueAnchors(a, b, a0, a1, b0, b1); len(anchors) > 0 {
		pa, pb := a0, b0
		for _, an := range anchors {
			alignRange(a, b, pa, an[0], pb, an[1], emit)
			emit(edit{Equal, an[0], an[1]})
			pa, pb = an[0]+1, an[1]+1
		}
		alignRange(a, b, pa, a1, pb, b1, emit)
		return
	}
	if (a1-a0)*(b1-b0) <= maxDPCells {
		lcs(a, b, a0, a1, b0, b1, emit)
		return
	}
	for i := a0; i < a1; i++ {
		emit(edit{Deleted, i, -1})
	}
	for j := b0; j < b1; j++ {
		emit(edit{Inserted, -1, j})
	}
}

// uniqueAnchors returns the pairs (i, j) of keys that occur exactly once in
// a[a0:a1] and once in b[b0:b1], reduced to their longest increasing
// subsequence in j, so that they can all be kept as equal.
func uniqueAnchors(a, b []int, a0, a1, b0, b1 int) [][2]int {
	type seen struct{ na, nb, i, j int32 }
	m := make(map[int]seen, a1-a0)
	for i := a0; i < a1; i++ {
		s := m[a[i]]
		s.na++
		s.i = int32(i)
		m[a[i]] = s
	}
	for j := b0; j < b1; j++ {
		if s, ok := m[b[j]]; ok {
			s.nb++
			s.j = int32(j)
			m[b[j]] = s
		}
	}
	var pairs [][2]int
	for _, s := range m {
		if s.na == 1 && s.nb == 1 {
			pairs = append(pairs, [2]int{int(s.i), int(s.j)})
		}
	}
	sort.Slice(pairs, func(x, y int) bool { return pairs[x][0] < pairs[y][0] })
	return lis(pairs)
}

// lis returns the longest subsequence of pairs (sorted by [0]) increasing in [1].
func lis(pairs [][2]int) [][2]int {
	if len(pairs) == 0 {
		return nil
	}
	tails := []int{}                // index into pairs of the smallest tail of each length
	prev := make([]int, len(pairs)) // predecessor links
	for k, p := range pairs {
		i := sort.Search(len(tails), func(t int) bool { return pairs[tails[t]][1] >= p[1] })
		if i > 0 {
			prev[k] = tails[i-1]
		} else {
			prev[k] = -1
		}
		if i == len(tails) {
			tails = append(tails, k)
		} else {
			tails[i] = k
		}
	}
	out := make([][2]int, len(tails))
	for k, i := tails[len(tails)-1], len(tails)-1; i >= 0; i-- {
		out[i] = pairs[k]
		k = prev[k]
	}
	return out
}

// lcs aligns a small region by a longest common subsequence table.
func lcs(a, b []int, a0, a1, b0, b1 int, emit func(edit)) {
	n, m := a1-a0, b1-b0
	t := make([]int32, (n+1)*(m+1))
	w := m + 1
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[a0+i] == b[b0+j] {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[a0+i] == b[b0+j]:
			emit(edit{Equal, a0 + i, b0 + j})
			i++
			j++
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			emit(edit{Deleted, a0 + i, -1})
			i++
		default:
			emit(edit{Inserted, -1, b0 + j})
			j++
		}
	}
	for ; i < n; i++ {
		emit(edit{Deleted, a0 + i, -1})
	}
	for ; j < m; j++ {
		emit(edit{Inserted, -1, b0 + j})
	}
}

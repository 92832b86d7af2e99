//go:build !unix

package notify

import "io/fs"

// noFollow does not exist here; openOutboxFile checks with Lstat first.
const noFollow = 0

func links(fs.FileInfo) uint64 { return 1 }

func isLoop(error) bool { return false }

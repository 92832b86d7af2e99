//go:build unix

package cli

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// A release that is killed while it holds the site's lock must not block
// the next one: the lock goes with the process, and no lock file is left.
func TestLockGoesWithProcess(t *testing.T) {
	if dir := os.Getenv("REDLINE_TEST_HOLD_LOCK"); dir != "" {
		if _, err := lockSite(dir, true); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("locked\n")
		io.Copy(io.Discard, os.Stdin) // hold it until killed
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockGoesWithProcess$")
	cmd.Env = append(os.Environ(), "REDLINE_TEST_HOLD_LOCK="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, err := bufio.NewReader(stdout).ReadString('\n'); line != "locked\n" {
		t.Fatalf("the child did not take the lock: %q, %v", line, err)
	}
	if tryLockDir(t, dir) {
		t.Fatal("the site is not locked while another process holds its lock")
	}
	cmd.Process.Kill()
	cmd.Wait()
	if !tryLockDir(t, dir) {
		t.Fatal("the lock of a killed process still blocks the site")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left in the site folder: %v", entries)
	}
}

// tryLockDir takes and drops the exclusive lock on dir without waiting,
// and reports whether it could.
func tryLockDir(t *testing.T, dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
}

package notify

import (
	"os"
	"path/filepath"
	"time"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/par"
)

// RenderAll renders the message of every recipient, on every core. On
// error it returns the error of the first recipient in the file that has
// one, so that the same input always gives the same report.
func (t *Templates) RenderAll(n *Notice, rs []*Recipient, date time.Time) ([]*Message, error) {
	msgs := make([]*Message, len(rs))
	err := par.Do(len(rs), func(i int) (err error) {
		msgs[i], err = t.Render(n, rs[i], date)
		return err
	})
	if err != nil {
		return nil, err
	}
	return msgs, nil
}

// WriteOutbox writes each message to dir as <token>.eml, but for those
// done says were sent: a message that was sent stays as it was sent. It
// returns how many it wrote. A file a crash leaves half-written is of a
// message not yet sent, which the next run writes again.
func WriteOutbox(dir string, msgs []*Message, done func(token string) bool) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, &diag.Error{File: dir, Msg: "cannot create the outbox: " + diag.Cause(err), Err: err}
	}
	var todo []*Message
	for _, m := range msgs {
		if done == nil || !done(m.Token) {
			todo = append(todo, m)
		}
	}
	err := par.Do(len(todo), func(i int) error {
		path := filepath.Join(dir, todo[i].Token+".eml")
		return writeOutboxFile(path, todo[i].Data)
	})
	if err != nil {
		return 0, err
	}
	return len(todo), nil
}

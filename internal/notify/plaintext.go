package notify

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
)

// PlainText returns "Subject: …", a blank line and the text/plain part of a
// message this package rendered, decoded: what a reader of the notice sees,
// for previews (release --dry-run, serve).
func PlainText(data []byte) (string, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	subject, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return "", err
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err != nil {
			return "", fmt.Errorf("the notice has no text part: %v", err)
		}
		if strings.HasPrefix(part.Header.Get("Content-Type"), "text/plain") {
			body, err := io.ReadAll(part) // multipart decodes quoted-printable
			if err != nil {
				return "", err
			}
			return "Subject: " + subject + "\n\n" + strings.ReplaceAll(string(body), "\r\n", "\n"), nil
		}
	}
}

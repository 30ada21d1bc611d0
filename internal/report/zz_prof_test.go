package report

import (
	"context"
	"testing"
)

func TestProfBrown(t *testing.T) {
	if _, err := Write(context.Background(), "/tmp/i17-brown", Options{Dir: "/tmp/i17-prof/r"}); err != nil {
		t.Fatal(err)
	}
}

package entities

import (
	"testing"
)

var shared *Stage

func stage(t testing.TB) *Stage {
	t.Helper()
	if shared == nil {
		s, err := New()
		if err != nil {
			t.Fatal(err)
		}
		shared = s
	}
	return shared
}

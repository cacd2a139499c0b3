package quote_test

import (
	"errors"
	"strings"
	"testing"

	"steady/backend/quote"
)

// codes is a device file holding one code.
type codes struct {
	code string
	err  error
	sets int
}

func (c *codes) DeviceCode() (string, error) { return c.code, c.err }
func (c *codes) SetDeviceCode(code string) error {
	c.sets++
	c.code = code
	return c.err
}

// The device's code comes from where it is kept, is drawn once, and a
// stored value that is no code (a hand-edited file: too short, a letter the
// alphabet leaves out, a LIKE wildcard) is replaced rather than printed.
func TestTheDeviceCodeComesFromTheDeviceFile(t *testing.T) {
	w := newWorld(t)
	c := &codes{code: "7KQ2M"}
	w.svc.SetDeviceCodes(c)
	if q := w.create(w.rep, w.input()); q.Number != "QT-20261127-7KQ2M-001" || c.sets != 0 {
		t.Fatalf("number %q with the stored code 7KQ2M (%d writes)", q.Number, c.sets)
	}
	for _, stored := range []string{"", "7KQ2", "7KQ2O", "7K%2M", "7kq2m"} {
		c.code, c.sets = stored, 0
		q := w.create(w.rep, w.input())
		if c.sets != 1 || len(c.code) != 5 || c.code == stored || !strings.Contains(q.Number, "-"+c.code+"-001") {
			t.Fatalf("stored %q: number %q, code now %q (%d writes)", stored, q.Number, c.code, c.sets)
		}
		again := w.create(w.rep, w.input())
		if c.sets != 1 || !strings.Contains(again.Number, "-"+c.code+"-002") {
			t.Fatalf("stored %q: the next number %q did not keep %q", stored, again.Number, c.code)
		}
	}
	c.code, c.err = "", errors.New("disk gone")
	before := count(t, w)
	if _, err := w.svc.Create(ctx, w.rep, w.input()); err == nil || count(t, w) != before {
		t.Fatalf("a device file that cannot be written: %v, %d quotes after %d", err, count(t, w), before)
	}
}

func count(t *testing.T, w *world) int {
	t.Helper()
	list, err := w.svc.List(ctx, w.owner, quote.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

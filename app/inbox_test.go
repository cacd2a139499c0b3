package app

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
)

// Where the desktop cannot show notifications (here the test window, as in
// CI without a session bus), a notice is skipped without an error and the
// log says so once, not once per item.
func TestDesktopNoticesSkipQuietlyWhereThereIsNoDesktopAndLogOnce(t *testing.T) {
	var log bytes.Buffer
	c := &Core{Log: slog.New(slog.NewTextHandler(&log, nil))}
	if c.notices.send(c, "q1", "报价待审批", "QT-1") {
		t.Fatal("a notice was shown before the window started")
	}
	c.Startup(context.WithValue(tctx, "frontend", &fakeWindow{dir: t.TempDir()}))
	for i := 0; i < 3; i++ {
		if c.notices.send(c, "q1", "报价待审批", "QT-1") {
			t.Fatal("the test window has no desktop, yet a notice was shown")
		}
	}
	if n := strings.Count(log.String(), "desktop notifications unavailable"); n != 1 {
		t.Errorf("logged %d times, want once:\n%s", n, log.String())
	}
}

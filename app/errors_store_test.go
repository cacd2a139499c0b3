package app

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/mattn/go-sqlite3"
)

// TestSQLiteRefusalsReachTheScreenTranslated: what SQLite refused reaches
// the frontend as the i18n code of what happened and what to do, never as
// SQLite's own words; the words go to the log.
func TestSQLiteRefusalsReachTheScreenTranslated(t *testing.T) {
	cases := map[sqlite3.ErrNo]string{
		sqlite3.ErrBusy:     "errors.store.busy",
		sqlite3.ErrLocked:   "errors.store.busy",
		sqlite3.ErrFull:     "errors.store.diskFull",
		sqlite3.ErrReadonly: "errors.store.readOnly",
		sqlite3.ErrCorrupt:  "errors.store.damaged",
		sqlite3.ErrNotADB:   "errors.store.damaged",
		sqlite3.ErrIoErr:    "errors.store.io",
	}
	for code, want := range cases {
		var logged strings.Builder
		log := slog.New(slog.NewTextHandler(io.MultiWriter(&logged), nil))
		raw := sqlite3.Error{Code: code}
		err := toUI(log, "customers.import", fmt.Errorf("/home/li/客户.csv: customer: import: %w", raw))
		var got internalError
		if jerr := json.Unmarshal([]byte(err.Error()), &got); jerr != nil {
			t.Fatalf("%v: not JSON: %q", code, err.Error())
		}
		if got.Code != want || strings.Contains(err.Error(), raw.Error()) || strings.Contains(err.Error(), "客户.csv") {
			t.Errorf("%v reaches the screen as %q, want code %s", code, err.Error(), want)
		}
		if !strings.Contains(logged.String(), raw.Error()) {
			t.Errorf("%v: the log lacks SQLite's words: %q", code, logged.String())
		}
	}
}

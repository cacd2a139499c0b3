package exportall

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"steady/backend/store"
)

// A text longer than an Excel cell holds leaves the company whole: its cell
// starts it and points to the long-texts sheet, whose parts, joined in order,
// are the text as stored — characters outside the BMP (two UTF-16 units each)
// included, none split.
func TestATextLongerThanACellLeavesWhole(t *testing.T) {
	db := copyOfDemo(t)
	long := strings.Repeat("客户来访记录：需求确认，报价跟进😀。", 3000) // ~57,000 UTF-16 units
	var id string
	if err := db.Read().QueryRow(`SELECT id FROM customers ORDER BY rowid LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	err := db.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE customers SET notes = ? WHERE id = ?`, long, id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}

	f, sum := export(t, db, Options{})
	if sum.LongTexts != 1 {
		t.Fatalf("summary counts %d long texts, want 1", sum.LongTexts)
	}
	rows, err := f.GetRows("客户")
	if err != nil {
		t.Fatal(err)
	}
	idCol, notesCol := slices.Index(rows[0], "编号"), slices.Index(rows[0], "备注")
	if idCol < 0 || notesCol < 0 {
		t.Fatalf("headers %v", rows[0])
	}
	row := slices.IndexFunc(rows, func(r []string) bool { return len(r) > idCol && r[idCol] == id })
	shown := rows[row][notesCol]
	if !strings.HasPrefix(long, strings.SplitN(shown, " [", 2)[0]) || !strings.Contains(shown, "长文本") {
		t.Fatalf("the customer's own cell reads %q…", shown[:60])
	}

	parts, err := f.GetRows("长文本")
	if err != nil {
		t.Fatal(err)
	}
	var joined strings.Builder
	for _, p := range parts[1:] {
		if p[0] != "客户" || p[1] != strconv.Itoa(row+1) || p[2] != "备注" {
			t.Fatalf("a part names sheet %q row %q column %q; want 客户, %d, 备注", p[0], p[1], p[2], row+1)
		}
		joined.WriteString(p[4])
	}
	if joined.String() != long {
		t.Fatalf("the parts join to %d bytes, the stored text has %d", joined.Len(), len(long))
	}
}

func TestSplitCellsNeverCutsACharacter(t *testing.T) {
	for _, c := range []struct {
		text  string
		limit int
		want  []string
	}{
		{"abcdef", 4, []string{"abcd", "ef"}},
		{"a😀b", 2, []string{"a", "😀", "b"}}, // the emoji takes two units and is not halved
		{"中文字", 2, []string{"中文", "字"}},
	} {
		if got := splitCells(c.text, c.limit); !slices.Equal(got, c.want) {
			t.Errorf("splitCells(%q, %d) = %q, want %q", c.text, c.limit, got, c.want)
		}
	}
}

// copyOfDemo opens a private copy of the demo company, for a test that changes it.
func copyOfDemo(t *testing.T) *store.DB {
	t.Helper()
	src := demoDB(t)
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := src.Backup(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

package customer

import (
	"context"
	"strings"
	"testing"
)

func TestPreviewKeepsTheCellsOfUnmappedColumns(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	tbl := csvTable(t, "公司,内部编号,城市\n明远科技,K-0012,杭州\n短行\n")
	p, err := w.svc.PreviewImport(context.Background(), w.rep, tbl, nil, 5)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(p.Mapping, ",") != "name,,city" || len(p.Rows) != 2 {
		t.Fatalf("preview = %+v", p)
	}
	if got := strings.Join(p.Rows[0].Cells, "|"); got != "明远科技|K-0012|杭州" {
		t.Fatalf("cells = %q", got)
	}
	if got := len(p.Rows[1].Cells); got != 3 {
		t.Fatalf("a short row has %d cells, want one per header", got)
	}
}

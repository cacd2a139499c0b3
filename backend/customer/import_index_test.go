package customer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// An import writes the search documents of new customers straight from the
// rows and those of updated ones at the end of the run; a search must find
// exactly what it finds after the index is rebuilt from the stored customers.
func TestImportIndexesAsARebuildWould(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	sum, err := w.svc.Import(ctx, w.rep, csvTable(t, importBenchCSV(300)), ImportOptions{}, nil)
	if err != nil || sum.Created == 0 || sum.Updated == 0 {
		t.Fatalf("summary = %+v, %v", sum, err)
	}
	queries := []string{"杭州", "hangzhou", "hz", "明远", "mingyuan", "myzn", "王伟", "wangwei", "ww", "lina",
		"1300000001", "0000012", "contact12", "example5", "@example1", "有限公司1"}
	found := func() map[string]string {
		out := map[string]string{}
		for _, q := range queries {
			hits, err := w.svc.Search(ctx, w.rep, q, maxSearchResults)
			if err != nil {
				t.Fatalf("search %q: %v", q, err)
			}
			var keys []string
			for _, h := range hits {
				keys = append(keys, fmt.Sprintf("%s/%s/%s", h.CustomerID, h.ContactID, h.Matched))
			}
			slices.Sort(keys)
			out[q] = strings.Join(keys, " ")
		}
		return out
	}
	imported := found()
	docs := countOf(t, w, `SELECT count(*) FROM search_docs`)
	live := countOf(t, w, `SELECT (SELECT count(*) FROM customers WHERE deleted_at IS NULL) +
		(SELECT count(*) FROM contacts WHERE deleted_at IS NULL)`)
	if docs != live {
		t.Errorf("search documents = %d, live customers and contacts = %d", docs, live)
	}
	if _, err := w.svc.RebuildSearchIndex(ctx); err != nil {
		t.Fatal(err)
	}
	rebuilt := found()
	for _, q := range queries {
		if imported[q] == "" {
			t.Errorf("search %q found nothing after the import", q)
		}
		if imported[q] != rebuilt[q] {
			t.Errorf("search %q after the import:\n%s\nafter a rebuild:\n%s", q, imported[q], rebuilt[q])
		}
	}
}

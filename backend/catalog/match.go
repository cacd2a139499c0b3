package catalog

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"steady/backend/auth"
)

// MatchKey is the one way two spellings of a product's SKU or name are
// compared: full-width forms fold to half-width (and other compatibility
// forms to their plain letters), letters to lower case, and spaces and
// punctuation (hyphens and dashes of every width, dots, slashes, brackets)
// are dropped. "ＬＰ－４２００", "lp 4200" and "LP–4200" are one key;
// "LP-4300" is another. The quote guard holds a typed line to the product
// it names with it, and the product finder searches with it.
func MatchKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(s) {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ranked is a product the finder found, with how well it matched.
type ranked struct {
	product Product
	rank    int
}

// queryRank says whether p is found by the finder's query key (already
// MatchKey'd) and how well: 0 its very SKU or name, 1 a SKU starting with it,
// 2 a name starting with it, 3 anywhere within, then by the Chinese name's
// pinyin or characters in order (finder.go). An empty query finds all.
func queryRank(p Product, query string) (int, bool) {
	if query == "" {
		return 0, true
	}
	sku, names := MatchKey(p.SKU), uniqueKeys(p.NameZh, p.NameEn)
	switch {
	case sku == query || contains(names, query):
		return 0, true
	case strings.HasPrefix(sku, query):
		return 1, true
	}
	for _, n := range names {
		if strings.HasPrefix(n, query) {
			return 2, true
		}
	}
	for _, n := range append(names, sku) {
		if strings.Contains(n, query) {
			return 3, true
		}
	}
	return fuzzyRank(p.NameZh, query)
}

// Matcher finds the live products a typed SKU or name stands for; it reads
// the catalog once, so a quote's lines are checked without one query each.
type Matcher struct {
	byID   map[string]Product
	bySKU  map[string][]Product
	byName map[string][]Product
}

// NewMatcherTx reads every live product (active or not: a product taken off
// sale is still the same goods) inside q.
func NewMatcherTx(ctx context.Context, q querier) (*Matcher, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+productColumns+` FROM products WHERE deleted_at IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("catalog: products to match: %w", err)
	}
	defer rows.Close()
	m := &Matcher{byID: map[string]Product{}, bySKU: map[string][]Product{}, byName: map[string][]Product{}}
	for rows.Next() {
		p, err := scanProduct(rows)
		if err != nil {
			return nil, fmt.Errorf("catalog: products to match: %w", err)
		}
		m.add(p)
	}
	return m, rows.Err()
}

func (m *Matcher) add(p Product) {
	m.byID[p.ID] = p
	if k := MatchKey(p.SKU); k != "" {
		m.bySKU[k] = append(m.bySKU[k], p)
	}
	for _, name := range uniqueKeys(p.NameZh, p.NameEn) {
		m.byName[name] = append(m.byName[name], p)
	}
}

func uniqueKeys(texts ...string) []string {
	var out []string
	for _, t := range texts {
		if k := MatchKey(t); k != "" && !contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Product returns the live product with id.
func (m *Matcher) Product(id string) (Product, bool) {
	p, ok := m.byID[id]
	return p, ok
}

// Match returns every product whose SKU has sku's key or whose Chinese or
// English name has name's key, each once, in no particular order.
func (m *Matcher) Match(sku, name string) []Product {
	var out []Product
	seen := map[string]bool{}
	for _, p := range append(m.bySKU[MatchKey(sku)], m.byName[MatchKey(name)]...) {
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	return out
}

// Matching returns the live products the quote guard would hold a typed
// line with this SKU and name to (the same Matcher), so the builder can ask
// "use the catalog product?" before a free-text line goes in.
func (s *Service) Matching(ctx context.Context, actor auth.Actor, sku, name string) ([]Product, error) {
	m, err := NewMatcherTx(ctx, s.db.Read())
	if err != nil {
		return nil, err
	}
	found := m.Match(sku, name)
	slices.SortFunc(found, func(a, b Product) int { return strings.Compare(a.SKU, b.SKU) })
	out := make([]Product, len(found))
	for i, p := range found {
		out[i] = hideCost(actor, p)
	}
	return out, nil
}

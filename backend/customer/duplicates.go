package customer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"unicode/utf8"

	"steady/backend/auth"
)

// Why two customers look like one: the same phone (theirs or a contact's),
// the same e-mail, the same name once legal forms and their city are cut
// away, or names one character apart. Reasons are listed in this order.
const (
	ReasonSamePhone   = "samePhone"
	ReasonSameEmail   = "sameEmail"
	ReasonSameName    = "sameName"
	ReasonSimilarName = "similarName"
)

var reasonScores = map[string]int{ReasonSamePhone: 50, ReasonSameEmail: 50, ReasonSameName: 40, ReasonSimilarName: 25}

// DuplicateSide is one customer of a likely duplicate pair, with the
// version a merge must name.
type DuplicateSide struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Name      string `json:"name"`
	OwnerID   string `json:"ownerId"`
	OwnerName string `json:"ownerName"`
	Stage     string `json:"stage"`
	City      string `json:"city"`
	Phone     string `json:"phone"`
	Email     string `json:"email"`
	Contacts  int    `json:"contacts"`
	CreatedAt string `json:"createdAt"`
	Version   int    `json:"version"`
}

// DuplicatePair is two customers that are likely one; A is the older.
type DuplicatePair struct {
	A       DuplicateSide `json:"a"`
	B       DuplicateSide `json:"b"`
	Reasons []string      `json:"reasons"`
	Score   int           `json:"score"`
}

const (
	maxDuplicatePairs = 500
	// maxSharedKey skips a phone, e-mail or name more customers share: a
	// switchboard or a placeholder, not a duplicate.
	maxSharedKey = 20
	// minSimilarName is the shortest name (after nameKey) compared by
	// spelling: shorter ones, such as people's names, differ by one
	// character and are still other people.
	minSimilarName = 4
)

// Duplicates finds likely duplicate pairs among the customers the actor
// sees, the surest first, leaving out pairs someone said are distinct.
func (s *Service) Duplicates(ctx context.Context, actor auth.Actor, limit int) ([]DuplicatePair, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return nil, err
	}
	cands, err := loadCandidates(ctx, q, sc)
	if err != nil {
		return nil, err
	}
	found := cands.pairs()
	distinct, err := distinctPairs(ctx, q)
	if err != nil {
		return nil, err
	}
	var out []DuplicatePair
	for key, reasons := range found {
		if !distinct[key] {
			out = append(out, newPair(cands, key, reasons))
		}
	}
	slices.SortFunc(out, func(a, b DuplicatePair) int {
		return cmp.Or(b.Score-a.Score, cmp.Compare(b.B.CreatedAt, a.B.CreatedAt), cmp.Compare(a.A.ID, b.A.ID))
	})
	out = out[:min(pageSize(limit, 100, maxDuplicatePairs), len(out))]
	return out, fillSides(ctx, q, out)
}

// pairKey names a pair by its two ids in order.
type pairKey struct{ a, b string }

func keyOf(x, y string) pairKey {
	if x > y {
		x, y = y, x
	}
	return pairKey{x, y}
}

// candidate is what matching needs to know of one customer.
type candidate struct {
	id, kind, name, city, createdAt, key string
	phones, emails                       []string
}

type candidates struct {
	list []candidate
	byID map[string]int
}

// pairs returns every pair that shares a key, with its reasons.
func (cs *candidates) pairs() map[pairKey][]string {
	found := map[pairKey][]string{}
	add := func(group []int, reason string, ok func(a, b candidate) bool) {
		if len(group) > maxSharedKey {
			return
		}
		for i, x := range group {
			for _, y := range group[i+1:] {
				a, b := cs.list[x], cs.list[y]
				if a.id == b.id || !ok(a, b) {
					continue
				}
				k := keyOf(a.id, b.id)
				if !slices.Contains(found[k], reason) {
					found[k] = append(found[k], reason)
				}
			}
		}
	}
	always := func(a, b candidate) bool { return true }
	for _, g := range cs.groups(func(c candidate) []string { return c.phones }) {
		add(g, ReasonSamePhone, always)
	}
	for _, g := range cs.groups(func(c candidate) []string { return c.emails }) {
		add(g, ReasonSameEmail, always)
	}
	for _, g := range cs.groups(func(c candidate) []string { return companyKey(c) }) {
		add(g, ReasonSameName, sameCity)
	}
	for _, g := range cs.groups(func(c candidate) []string { return deletionsOf(c) }) {
		add(g, ReasonSimilarName, func(a, b candidate) bool {
			return a.key != b.key && sameCity(a, b) && oneEditApart(a.key, b.key)
		})
	}
	return found
}

// groups returns the candidates that share each key keys gives.
func (cs *candidates) groups(keys func(c candidate) []string) [][]int {
	by := map[string][]int{}
	for i, c := range cs.list {
		for _, k := range keys(c) {
			if k != "" {
				by[k] = append(by[k], i)
			}
		}
	}
	var out [][]int
	for _, g := range by {
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}

// companyKey is the name key of a company: people who share a name are
// still two people.
func companyKey(c candidate) []string {
	if c.kind != KindCompany || utf8.RuneCountInString(c.key) < 2 {
		return nil
	}
	return []string{c.key}
}

func deletionsOf(c candidate) []string {
	if c.kind != KindCompany || utf8.RuneCountInString(c.key) < minSimilarName {
		return nil
	}
	return deletions(c.key)
}

// sameCity allows a match by name only within one city (or where one
// customer has none): 杭州明远 and 上海明远 are two companies.
func sameCity(a, b candidate) bool {
	return a.city == "" || b.city == "" || a.city == b.city
}

func newPair(cs *candidates, k pairKey, reasons []string) DuplicatePair {
	a, b := cs.list[cs.byID[k.a]], cs.list[cs.byID[k.b]]
	if cmp.Or(cmp.Compare(a.createdAt, b.createdAt), cmp.Compare(a.id, b.id)) > 0 {
		a, b = b, a
	}
	p := DuplicatePair{A: DuplicateSide{ID: a.id}, B: DuplicateSide{ID: b.id}}
	for _, r := range []string{ReasonSamePhone, ReasonSameEmail, ReasonSameName, ReasonSimilarName} {
		if slices.Contains(reasons, r) {
			p.Reasons = append(p.Reasons, r)
			p.Score += reasonScores[r]
		}
	}
	p.A.CreatedAt, p.B.CreatedAt = a.createdAt, b.createdAt
	return p
}

// loadCandidates reads the customers in scope with their contacts' phones
// and e-mail addresses.
func loadCandidates(ctx context.Context, q Querier, sc scope) (*candidates, error) {
	where, args := sc.where("coalesce(c.owner_id, '')")
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.kind, c.name, c.city, c.created_at, c.phone_norm, lower(c.email)
		FROM customers c WHERE c.deleted_at IS NULL AND `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("customer: duplicates: %w", err)
	}
	defer rows.Close()
	cs := &candidates{byID: map[string]int{}}
	for rows.Next() {
		var c candidate
		var phone, email string
		if err := rows.Scan(&c.id, &c.kind, &c.name, &c.city, &c.createdAt, &phone, &email); err != nil {
			return nil, fmt.Errorf("customer: duplicates: %w", err)
		}
		c.key = nameKey(c.name, c.city)
		c.phones, c.emails = appendKey(nil, phone, true), appendKey(nil, email, false)
		cs.byID[c.id] = len(cs.list)
		cs.list = append(cs.list, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("customer: duplicates: %w", err)
	}
	return cs, cs.addContacts(ctx, q, where, args)
}

func (cs *candidates) addContacts(ctx context.Context, q Querier, where string, args []any) error {
	rows, err := q.QueryContext(ctx, `SELECT p.customer_id, p.phone_norm, lower(p.email) FROM contacts p
		JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
		WHERE p.deleted_at IS NULL AND (p.phone_norm <> '' OR p.email <> '') AND `+where, args...)
	if err != nil {
		return fmt.Errorf("customer: duplicates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, phone, email string
		if err := rows.Scan(&id, &phone, &email); err != nil {
			return fmt.Errorf("customer: duplicates: %w", err)
		}
		c := &cs.list[cs.byID[id]]
		c.phones, c.emails = appendKey(c.phones, phone, true), appendKey(c.emails, email, false)
	}
	return rows.Err()
}

// appendKey adds a phone (long enough to identify) or e-mail once.
func appendKey(keys []string, k string, phone bool) []string {
	if k == "" || (phone && len(k) < minMatchDigits) || slices.Contains(keys, k) {
		return keys
	}
	return append(keys, k)
}

// distinctPairs are the pairs people said are not duplicates.
func distinctPairs(ctx context.Context, q Querier) (map[pairKey]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT a_id, b_id FROM customer_distinct_pairs WHERE deleted_at IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("customer: distinct pairs: %w", err)
	}
	defer rows.Close()
	out := map[pairKey]bool{}
	for rows.Next() {
		var k pairKey
		if err := rows.Scan(&k.a, &k.b); err != nil {
			return nil, fmt.Errorf("customer: distinct pairs: %w", err)
		}
		out[k] = true
	}
	return out, rows.Err()
}

// fillSides reads what the duplicates screen shows of each side.
func fillSides(ctx context.Context, q Querier, pairs []DuplicatePair) error {
	sides := map[string][]*DuplicateSide{}
	var ids []any
	for i := range pairs {
		for _, side := range []*DuplicateSide{&pairs[i].A, &pairs[i].B} {
			if _, seen := sides[side.ID]; !seen {
				ids = append(ids, side.ID)
			}
			sides[side.ID] = append(sides[side.ID], side)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.kind, c.name, coalesce(c.owner_id, ''), coalesce(u.name, ''), c.stage,
		c.city, c.phone, c.email, c.created_at, c.version,
		(SELECT count(*) FROM contacts p WHERE p.customer_id = c.id AND p.deleted_at IS NULL)
		FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id IN `+placeholders(len(ids)), ids...)
	if err != nil {
		return fmt.Errorf("customer: duplicates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d DuplicateSide
		if err := rows.Scan(&d.ID, &d.Kind, &d.Name, &d.OwnerID, &d.OwnerName, &d.Stage, &d.City, &d.Phone, &d.Email,
			&d.CreatedAt, &d.Version, &d.Contacts); err != nil {
			return fmt.Errorf("customer: duplicates: %w", err)
		}
		for _, side := range sides[d.ID] {
			*side = d
		}
	}
	return rows.Err()
}

package services_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/auth"
	"steady/backend/prefs"
	"steady/backend/quote"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

// Two laptops with copies of one database (the second restored the first's
// backup) quote offline on the same day: each has its own device file, so
// each numbers with its own code and no number is handed out twice.
func TestTwoDevicesWithCopiesOfOneDatabaseNeverShareANumber(t *testing.T) {
	dir := t.TempDir()
	clock := storetest.NewClock()
	open := func(db *store.DB, device string) *services.Set {
		t.Helper()
		p, err := prefs.New(ctx, db, prefs.OpenDevice(filepath.Join(dir, device, "device.json")))
		if err != nil {
			t.Fatal(err)
		}
		return services.New(db, clock.Now, services.HashCost(bcrypt.MinCost), services.DeviceCodes(p.DeviceCodes()))
	}
	first := storetest.Open(t)
	c := &company{t: t}
	c.set = open(first, "laptop-a")
	c.owner = setUpOwner(t, first, c.set)
	c.rep = c.addUser("李强", "rep", auth.RoleRep, auth.LevelSenior, "")
	c.customerID = c.addCustomer(c.rep, "杭州明远智能科技有限公司")
	before := c.sentQuote(c.customerID, "")

	copyPath := filepath.Join(dir, "restored.db")
	if err := first.Backup(ctx, copyPath); err != nil {
		t.Fatal(err)
	}
	second, err := store.Open(ctx, copyPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { second.Close() })
	onB := open(second, "laptop-b")

	var numbers []string
	for _, set := range []*services.Set{c.set, onB, c.set, onB} {
		q, err := set.Quotes.Create(ctx, c.rep, quote.Input{CustomerID: c.customerID, CustomerName: "客户", TaxIncluded: true,
			Lines: []quote.LineInput{{Name: "激光打印机", QtyMilli: 1000, UnitPriceMinor: 1_130_00, TaxRateBP: 1300}}})
		if err != nil {
			t.Fatal(err)
		}
		numbers = append(numbers, q.Number)
	}
	codeOf := func(number string) string { return strings.Split(number, "-")[2] }
	if codeOf(numbers[0]) != codeOf(before.Number) || codeOf(numbers[1]) == codeOf(numbers[0]) {
		t.Fatalf("laptop A before the copy %s, then A %s and B %s: the copy must not carry A's code", before.Number, numbers[0], numbers[1])
	}
	seen := map[string]bool{before.Number: true}
	for _, n := range numbers {
		if seen[n] {
			t.Fatalf("the number %s was handed out twice: %v", n, numbers)
		}
		seen[n] = true
	}
	// B opened again (a restart) keeps its code: its own numbers carry on
	again := open(second, "laptop-b")
	q, err := again.Quotes.Create(ctx, c.rep, quote.Input{CustomerID: c.customerID, CustomerName: "客户", TaxIncluded: true,
		Lines: []quote.LineInput{{Name: "激光打印机", QtyMilli: 1000, UnitPriceMinor: 1_130_00, TaxRateBP: 1300}}})
	if err != nil || codeOf(q.Number) != codeOf(numbers[1]) || !strings.HasSuffix(q.Number, "-003") {
		t.Fatalf("B after a restart: %s (%v), before %s", q.Number, err, numbers[3])
	}
}

// setUpOwner runs the first-run setup on db and returns its owner.
func setUpOwner(t *testing.T, db *store.DB, set *services.Set) auth.Actor {
	t.Helper()
	res, err := setup.Run(ctx, db, set.Users, set.Company,
		setup.Input{CompanyName: "上海示例贸易有限公司", OwnerName: "周明远", Login: "owner", Password: "steady-pass"})
	if err != nil {
		t.Fatal(err)
	}
	return auth.Actor{ID: res.OwnerID, Role: auth.RoleOwner}
}

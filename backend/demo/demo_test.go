package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/auth"
	"steady/backend/services"
	"steady/backend/store"
)

func names(t *testing.T, seed uint64) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	if _, err := Create(ctx, path, Options{Seed: seed, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	set := services.New(db, func() time.Time { return now }, services.HashCost(bcrypt.MinCost))
	svc := set.Users
	owner, err := svc.Authenticate(ctx, "owner", Password)
	if err != nil {
		t.Fatal(err)
	}
	users, err := svc.Users(ctx, owner.Actor())
	if err != nil {
		t.Fatal(err)
	}
	c, err := set.Company.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{c.Name}
	reps := 0
	for _, u := range users {
		out = append(out, u.Login+":"+u.Name)
		if u.Role == auth.RoleRep {
			reps++
			if u.ManagerName == "" || u.HireDate == "" {
				t.Errorf("rep %s lacks a manager or hire date: %+v", u.Login, u)
			}
		}
	}
	if len(users) != 7 || reps != 5 {
		t.Fatalf("users = %d, reps = %d", len(users), reps)
	}
	return out
}

func TestSameSeedSameBusiness(t *testing.T) {
	a, b := names(t, 42), names(t, 42)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("seed 42 differs: %v vs %v", a, b)
		}
	}
	c := names(t, 43)
	same := true
	for i := range a {
		same = same && a[i] == c[i]
	}
	if same {
		t.Fatal("another seed should give other people")
	}
}

package customer

import (
	"context"
	"errors"
	"testing"

	"steady/backend/apperr"
)

func TestMergeTakesChosenFieldsFromTheDuplicate(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	keep, drop := mergePair(t, w)
	in := MergeInput{KeepID: keep.ID, KeepVersion: keep.Version, DropID: drop.ID, DropVersion: drop.Version,
		Take: []string{"name", "phone"}} // the duplicate has no phone: the kept one stays
	if _, err := w.svc.Merge(ctx, w.manager, MergeInput{KeepID: keep.ID, KeepVersion: keep.Version, DropID: drop.ID,
		DropVersion: drop.Version, Take: []string{"owner"}}); fieldCode(err, "take") != "validation.invalidChoice" {
		t.Fatalf("taking the owner: %v", err)
	}
	got, err := w.svc.Merge(ctx, w.manager, in)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != drop.Name || got.Phone != keep.Phone || got.Email != drop.Email || got.City != keep.City {
		t.Fatalf("kept = %+v", got)
	}
	if hits, err := w.svc.Search(ctx, w.manager, "明远智能科技", 10); err != nil || len(hits) == 0 || hits[0].CustomerID != keep.ID {
		t.Fatalf("search by the taken name = %+v, %v", hits, err)
	}
}

func TestMergedIntoFollowsTheChain(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	keep, drop := mergePair(t, w)
	third := w.create(w.rep, CustomerInput{Name: "明远智能科技（杭州）", City: "杭州", Email: "info@mingyuan.cn"})
	if _, err := w.svc.MergedInto(ctx, w.manager, drop.ID); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("before any merge: %v", err)
	}
	if _, err := w.svc.Merge(ctx, w.manager, MergeInput{KeepID: keep.ID, KeepVersion: keep.Version, DropID: drop.ID,
		DropVersion: drop.Version}); err != nil {
		t.Fatal(err)
	}
	kept := w.get(keep.ID)
	if _, err := w.svc.Merge(ctx, w.manager, MergeInput{KeepID: third.ID, KeepVersion: third.Version, DropID: kept.ID,
		DropVersion: kept.Version}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{drop.ID, keep.ID} {
		if got, err := w.svc.MergedInto(ctx, w.manager, id); err != nil || got != third.ID {
			t.Errorf("MergedInto(%s) = %q, %v; want %s", id, got, err, third.ID)
		}
	}
	if _, err := w.svc.MergedInto(ctx, w.loner, drop.ID); !isForbidden(err) {
		t.Fatalf("a rep outside the team follows the link: %v", err)
	}
}

package customer

import (
	"context"
	"errors"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/store"
)

func TestLogActivityValidates(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	c := w.create(w.rep, CustomerInput{Name: "明远科技"})
	other := w.create(w.rep, CustomerInput{Name: "别家", Contacts: []ContactInput{{Name: "外人"}}})
	future := store.FormatTime(w.clock.T.Add(time.Hour))
	cases := []struct {
		name  string
		in    ActivityInput
		field string
		code  string
	}{
		{"unknown kind", ActivityInput{Kind: "fax", Summary: "x"}, "kind", "validation.invalidActivityKind"},
		{"no summary", ActivityInput{Kind: ActivityCall}, "summary", "validation.required"},
		{"bad time", ActivityInput{Kind: ActivityCall, Summary: "x", At: "yesterday"}, "at", "validation.invalidTime"},
		{"future time", ActivityInput{Kind: ActivityCall, Summary: "x", At: future}, "at", "validation.inFuture"},
		{"bad next date", ActivityInput{Kind: ActivityCall, Summary: "x", NextStepOn: "2026-02-30"}, "nextStepOn", "validation.invalidDate"},
		{"someone else's contact", ActivityInput{Kind: ActivityCall, Summary: "x", ContactID: other.Contacts[0].ID}, "contactId", "validation.invalidContact"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.in.CustomerID = c.ID
			_, err := w.svc.LogActivity(context.Background(), w.rep, tc.in)
			if got := fieldCode(err, tc.field); got != tc.code {
				t.Fatalf("err = %v, want %s on %s", err, tc.code, tc.field)
			}
		})
	}
}

func TestFollowUpsUpdateLastContactButNotesDoNot(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	c := w.create(w.rep, CustomerInput{Name: "明远科技"})
	w.log(w.rep, c.ID, ActivityNote)
	if got := w.get(c.ID).LastContactAt; got != "" {
		t.Fatalf("a note set the last contact to %q", got)
	}
	w.advance(time.Hour)
	a := w.log(w.rep, c.ID, ActivityVisit)
	if got := w.get(c.ID).LastContactAt; got != a.At {
		t.Fatalf("last contact = %q, want %q", got, a.At)
	}
	ctx := context.Background()
	earlier := ActivityInput{CustomerID: c.ID, Kind: ActivityCall, Summary: "补记前天电话", At: "2026-11-25T02:00:00Z"}
	if _, err := w.svc.LogActivity(ctx, w.rep, earlier); err != nil {
		t.Fatal(err)
	}
	if got := w.get(c.ID).LastContactAt; got != a.At {
		t.Fatalf("a back-dated call moved the last contact back to %q", got)
	}
	if _, err := w.svc.LogActivity(ctx, w.rep2, ActivityInput{CustomerID: c.ID, Kind: ActivityCall, Summary: "x"}); !isForbidden(err) {
		t.Fatalf("another rep logging = %v", err)
	}
}

func TestTimelineWeavesEverythingNewestFirst(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "明远科技"}) // stage + owner entries
	w.advance(time.Minute)
	w.log(w.rep, c.ID, ActivityCall)
	w.advance(time.Minute)
	if _, err := w.svc.ChangeStage(ctx, w.rep, c.ID, 1, StageProspect, "有预算"); err != nil {
		t.Fatal(err)
	}
	w.advance(time.Minute)
	w.log(w.rep, c.ID, ActivityVisit)
	w.advance(time.Minute)
	if err := w.svc.Assign(ctx, w.manager, w.refs(c.ID), w.rep2.ID, "区域调整"); err != nil {
		t.Fatal(err)
	}
	w.advance(time.Minute)
	w.log(w.rep2, c.ID, ActivityWeChat)

	want := []string{"activity:wechat", "owner:assign", "activity:visit", "stage:prospect", "activity:call", "owner:create", "stage:lead"}
	var got []string
	cursor := ""
	for page := 0; page < 10; page++ {
		p, err := w.svc.Timeline(ctx, w.rep2, c.ID, 3, cursor)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Entries {
			got = append(got, describe(e))
		}
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	if len(got) != len(want) {
		t.Fatalf("timeline = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("timeline = %v, want %v", got, want)
		}
	}
	if _, err := w.svc.Timeline(ctx, w.rep, c.ID, 10, ""); !isForbidden(err) {
		t.Fatalf("the former owner reading the timeline = %v", err)
	}
}

func describe(e TimelineEntry) string {
	switch e.Kind {
	case "activity":
		return "activity:" + e.Activity.Kind
	case "stage":
		return "stage:" + e.Stage.To
	}
	return "owner:" + e.Owner.Action
}

func TestEditAndDeleteActivities(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "明远科技"})
	a := w.log(w.rep, c.ID, ActivityCall)
	in := ActivityInput{ID: a.ID, Kind: ActivityCall, Summary: "确认了交期", Outcome: "同意下单", NextStep: "发报价", NextStepOn: "2026-12-01", Version: a.Version}
	got, err := w.svc.UpdateActivity(ctx, w.rep, in)
	if err != nil || got.Outcome != "同意下单" || got.NextStepOn != "2026-12-01" || got.Version != 2 {
		t.Fatalf("update = %+v, %v", got, err)
	}
	if _, err := w.svc.UpdateActivity(ctx, w.rep, in); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale update = %v", err)
	}
	if err := w.svc.DeleteActivity(ctx, w.manager, a.ID, 2); err != nil {
		t.Fatal(err)
	}
	page, _ := w.svc.Timeline(ctx, w.rep, c.ID, 10, "")
	for _, e := range page.Entries {
		if e.Kind == "activity" {
			t.Fatalf("a deleted activity is on the timeline: %+v", e.Activity)
		}
	}
}

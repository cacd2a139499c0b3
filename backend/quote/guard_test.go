package quote_test

import (
	"testing"

	"steady/backend/quote"
)

func TestDiscountGuard(t *testing.T) {
	w := newWorld(t)
	cases := []struct {
		name  string
		who   string
		edit  func(in *quote.Input)
		kinds []string
	}{
		{name: "list prices pass", who: "rep", edit: func(*quote.Input) {}},
		{name: "below the floor and over the limit", who: "senior", edit: func(in *quote.Input) { in.Lines[0].DiscountBP = 2500 },
			kinds: []string{quote.ReasonBelowFloor, quote.ReasonDiscountOverLimit}},
		{name: "floor alone", who: "senior", edit: func(in *quote.Input) {
			in.Lines[1] = quote.LineInput{ProductID: w.service.ID, QtyMilli: 1000, UnitPriceMinor: 30000, TaxRateBP: 600}
		}, kinds: []string{quote.ReasonBelowFloor}},
		{name: "new hire over 5 %", who: "rep", edit: func(in *quote.Input) { in.DiscountBP = 600 },
			kinds: []string{quote.ReasonDiscountOverLimit}},
		{name: "new hire at 5 %", who: "rep", edit: func(in *quote.Input) { in.DiscountBP = 500 }},
		{name: "senior within 15 %", who: "senior", edit: func(in *quote.Input) { in.DiscountBP = 1000 }},
		{name: "free text lines have no floor", who: "rep", edit: func(in *quote.Input) {
			in.Lines = []quote.LineInput{{Name: "定制支架", QtyMilli: 1000, UnitPriceMinor: 100}}
		}},
		{name: "the owner is never held", who: "owner", edit: func(in *quote.Input) { in.DiscountBP = 5000 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := w.input()
			c.edit(&in)
			actor := map[string]any{"rep": w.rep, "senior": w.senior, "owner": w.owner}[c.who]
			q := w.create(actorOf(actor), in)
			if q.NeedsApproval != (len(c.kinds) > 0) || len(q.ApprovalReasons) != len(c.kinds) {
				t.Fatalf("needs %v, reasons %+v, want %v", q.NeedsApproval, q.ApprovalReasons, c.kinds)
			}
			for i, k := range c.kinds {
				if q.ApprovalReasons[i].Kind != k {
					t.Fatalf("reason %d = %+v, want %s", i, q.ApprovalReasons[i], k)
				}
			}
		})
	}
}

func TestAUserLimitOverridesTheLevel(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.DiscountBP = 800
	if q := w.create(w.rep, in); !q.NeedsApproval {
		t.Fatal("8 % should exceed a new hire's 5 %")
	}
	if _, err := w.svc.SetDiscountLimit(ctx, w.manager, quote.DiscountLimit{Scope: "user", Subject: w.rep.ID, MaxDiscountBP: 1000}); codeOf(err) != "errors.forbidden.ownerOnly" {
		t.Fatalf("a manager setting limits: %v", err)
	}
	d, err := w.svc.SetDiscountLimit(ctx, w.owner, quote.DiscountLimit{Scope: "user", Subject: w.rep.ID, MaxDiscountBP: 1000})
	if err != nil || d.SubjectName != "李强" || d.Version != 1 {
		t.Fatalf("set limit: %+v, %v", d, err)
	}
	if q := w.create(w.rep, in); q.NeedsApproval {
		t.Fatalf("8 %% is within 李强's own 10 %%: %+v", q.ApprovalReasons)
	}
	if q := w.create(w.rep, in); q.ApprovalReasons == nil {
		t.Fatal("reasons should be an empty list, not null")
	}
	if _, err := w.svc.SetDiscountLimit(ctx, w.owner, quote.DiscountLimit{Scope: "user", Subject: "nobody", MaxDiscountBP: 1}); fieldCode(err, "subject") != "validation.invalidUser" {
		t.Fatalf("unknown user: %v", err)
	}
	if err := w.svc.DeleteDiscountLimit(ctx, w.owner, d.ID, d.Version); err != nil {
		t.Fatal(err)
	}
	if q := w.create(w.rep, in); !q.NeedsApproval {
		t.Fatal("without their own limit the level's applies again")
	}
}

// winner records the quotes the sales area was told about.
type winner struct{ won []string }

func TestSubmitRunsTheGuardAgain(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.DiscountBP = 800
	q := w.create(w.senior, in) // within a senior's 15 %
	if q.NeedsApproval {
		t.Fatal("8 % is within a senior's limit")
	}
	limits, _ := w.svc.DiscountLimits(ctx, w.owner)
	for _, d := range limits {
		if d.Subject == "senior" {
			if _, err := w.svc.SetDiscountLimit(ctx, w.owner, quote.DiscountLimit{Scope: "level", Subject: "senior", MaxDiscountBP: 500, Version: d.Version}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := w.svc.MarkSent(ctx, w.senior, q.ID, q.Version); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("sending straight from draft under the new limit: %v", err)
	}
	q, err := w.svc.Submit(ctx, w.senior, q.ID, q.Version)
	if err != nil || q.Status != quote.StatusPendingApproval || !q.NeedsApproval || q.ApprovalReasons[0].LimitBP != 500 {
		t.Fatalf("submit under the new limit: %+v, %v", q, err)
	}
}

package quote_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/quote"
)

func (wn *winner) WinFromQuote(ctx context.Context, tx *sql.Tx, q quote.Quote) (string, error) {
	wn.won = append(wn.won, q.Number)
	return q.DealID, nil
}

func TestApprovalFlowFromDraftToAccepted(t *testing.T) {
	w := newWorld(t)
	wn := &winner{}
	w.svc.SetDealWinner(wn)
	in := w.input()
	in.Lines[0].DiscountBP = 2000 // below the printer's floor
	q := w.create(w.rep, in)
	if _, err := w.svc.MarkSent(ctx, w.rep, q.ID, q.Version); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("sending an unapproved quote: %v", err)
	}
	q, err := w.svc.Submit(ctx, w.rep, q.ID, q.Version)
	if err != nil || q.Status != quote.StatusPendingApproval || q.SubmittedAt == "" {
		t.Fatalf("submit: %s, %v", q.Status, err)
	}
	for _, c := range []struct {
		who  string
		err  error
		code string
	}{
		{"rep", try(w.svc.Approve(ctx, w.rep, q.ID, q.Version, "")), "errors.forbidden.managerOnly"},
		{"other manager", try(w.svc.Approve(ctx, w.manager2, q.ID, q.Version, "")), "errors.forbidden.notYourTeam"},
	} {
		if codeOf(c.err) != c.code {
			t.Fatalf("%s approving: %v, want %s", c.who, c.err, c.code)
		}
	}
	w.clock.T = w.clock.T.Add(time.Hour)
	q, err = w.svc.Approve(ctx, w.manager, q.ID, q.Version, "大客户,同意")
	if err != nil || q.Status != quote.StatusApproved || q.ApprovalBy != w.manager.ID || q.ApprovalByName != "王芳" ||
		q.ApprovalAt != "2026-11-27T02:00:00.000Z" || q.ApprovalDecision != "approved" || q.ApprovalNote != "大客户,同意" {
		t.Fatalf("approve: %+v, %v", q, err)
	}
	if q, err = w.svc.MarkSent(ctx, w.rep, q.ID, q.Version); err != nil || q.Status != quote.StatusSent {
		t.Fatalf("send: %v", err)
	}
	frozen := w.input()
	frozen.ID, frozen.Version = q.ID, q.Version
	if _, err := w.svc.Update(ctx, w.rep, frozen); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("editing a sent quote: %v", err)
	}
	if q, err = w.svc.Accept(ctx, w.rep, q.ID, q.Version); err != nil || q.Status != quote.StatusAccepted || q.ClosedAt == "" {
		t.Fatalf("accept: %v", err)
	}
	if len(wn.won) != 1 || wn.won[0] != q.Number {
		t.Fatalf("deal winner told %v", wn.won)
	}
	history, err := audit.History(ctx, w.db.Read(), "quote", q.ID)
	if err != nil || len(history) != 5 || history[2].ActorID != w.manager.ID || history[2].Action != "approve" {
		t.Fatalf("history: %+v, %v", history, err)
	}
}

func try(_ quote.Quote, err error) error { return err }

func TestRejectedApprovalReturnsADraft(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.DiscountBP = 3000
	q := w.create(w.senior, in)
	q, _ = w.svc.Submit(ctx, w.senior, q.ID, q.Version)
	q, err := w.svc.RejectApproval(ctx, w.owner, q.ID, q.Version, "折扣太大")
	if err != nil || q.Status != quote.StatusDraft || q.ApprovalDecision != "rejected" || q.ApprovalBy != w.owner.ID {
		t.Fatalf("reject: %+v, %v", q, err)
	}
	if _, err := w.svc.Approve(ctx, w.owner, q.ID, q.Version, ""); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("approving a draft: %v", err)
	}
	in.ID, in.Version, in.DiscountBP = q.ID, q.Version, 1000
	q, err = w.svc.Update(ctx, w.senior, in)
	if err != nil || q.NeedsApproval || q.ApprovalDecision != "" {
		t.Fatalf("update after rejection: %+v, %v", q, err)
	}
	if q, err = w.svc.Submit(ctx, w.senior, q.ID, q.Version); err != nil || q.Status != quote.StatusApproved {
		t.Fatalf("a clean quote is approved on submit: %s, %v", q.Status, err)
	}
}

func TestAManagerCannotApproveTheirOwnQuote(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.DiscountBP = 4000
	q := w.create(w.manager, in)
	q, _ = w.svc.Submit(ctx, w.manager, q.ID, q.Version)
	if _, err := w.svc.Approve(ctx, w.manager, q.ID, q.Version, ""); codeOf(err) != "errors.forbidden.approveOwnQuote" {
		t.Fatalf("self approval: %v", err)
	}
	if _, err := w.svc.Approve(ctx, w.owner, q.ID, q.Version, ""); err != nil {
		t.Fatalf("the owner approves: %v", err)
	}
}

func TestExpirySweep(t *testing.T) {
	w := newWorld(t)
	sent := w.create(w.rep, w.input())
	sent, _ = w.svc.MarkSent(ctx, w.rep, sent.ID, sent.Version)
	draft := w.create(w.rep, w.input())
	accepted := w.create(w.rep, w.input())
	accepted, _ = w.svc.MarkSent(ctx, w.rep, accepted.ID, accepted.Version)
	accepted, _ = w.svc.Accept(ctx, w.rep, accepted.ID, accepted.Version)
	w.clock.T = w.clock.T.AddDate(0, 0, 30) // 2026-12-27: the last valid day
	if n, err := w.svc.ExpireDue(ctx); err != nil || n != 0 {
		t.Fatalf("on the last valid day: %d, %v", n, err)
	}
	w.clock.T = w.clock.T.AddDate(0, 0, 1)
	if n, err := w.svc.ExpireDue(ctx); err != nil || n != 1 {
		t.Fatalf("the day after: %d, %v", n, err)
	}
	for id, want := range map[string]string{sent.ID: quote.StatusExpired, draft.ID: quote.StatusDraft, accepted.ID: quote.StatusAccepted} {
		if q, _ := w.svc.Quote(ctx, w.owner, id); q.Status != want {
			t.Errorf("%s: %s, want %s", q.Number, q.Status, want)
		}
	}
}

func TestReviseLinksRevisionsAndShowsTheChanges(t *testing.T) {
	w := newWorld(t)
	v1 := w.create(w.rep, w.input())
	if _, err := w.svc.Revise(ctx, w.rep, v1.ID, v1.Version); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("revising a draft: %v", err)
	}
	v1, _ = w.svc.MarkSent(ctx, w.rep, v1.ID, v1.Version)
	w.clock.T = w.clock.T.AddDate(0, 0, 2)
	v2, err := w.svc.Revise(ctx, w.rep, v1.ID, v1.Version)
	if err != nil || v2.Number != v1.Number+"-V2" || v2.Revision != 2 || v2.PreviousID != v1.ID || v2.RootID != v1.ID ||
		v2.Status != quote.StatusDraft || v2.IssueDate != "2026-11-29" || v2.ValidUntil != "2026-12-29" {
		t.Fatalf("v2: %+v, %v", v2, err)
	}
	if old, _ := w.svc.Quote(ctx, w.rep, v1.ID); old.Status != quote.StatusSuperseded {
		t.Fatalf("v1 after revising: %s", old.Status)
	}
	in := w.input()
	in.ID, in.Version = v2.ID, v2.Version
	in.Lines = []quote.LineInput{
		{ID: v2.Lines[0].ID, ProductID: w.printer.ID, QtyMilli: 3000, UnitPriceMinor: 319900, TaxRateBP: 1300},
		{ProductID: w.desk.ID, QtyMilli: 2000, CatalogPrice: true},
	}
	in.DiscountBP = 200
	v2, err = w.svc.Update(ctx, w.rep, in)
	if err != nil {
		t.Fatal(err)
	}
	changes, err := w.svc.Diff(ctx, w.rep, v2.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]quote.Change{}
	for _, c := range changes {
		got[c.Kind+":"+c.Field+":"+c.Name] = c
	}
	for key, want := range map[string][2]string{
		"changed:discountBp:":          {"0", "200"},
		"changed:validUntil:":          {"2026-12-27", "2026-12-29"},
		"changed:qtyMilli:激光打印机":       {"2000", "3000"},
		"changed:unitPriceMinor:激光打印机": {"329900", "319900"},
		"added:line:升降办公桌":             {"", "DK-1600 | 升降办公桌 | 2000 | 258000 | 0"},
		"removed:line:上门安装调试":          {"SV-INST | 上门安装调试 | 1000 | 50000 | 0", ""},
	} {
		c, ok := got[key]
		if !ok || c.Before != want[0] || c.After != want[1] {
			t.Errorf("%s: %+v (present %v), want %v", key, c, ok, want)
		}
	}
	if _, err := w.svc.Revise(ctx, w.rep, v1.ID, v1.Version+1); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("revising a superseded revision: %v", err)
	}
	v2, _ = w.svc.MarkSent(ctx, w.rep, v2.ID, v2.Version)
	v3, err := w.svc.Revise(ctx, w.rep, v2.ID, v2.Version)
	if err != nil || v3.Number != v1.Number+"-V3" {
		t.Fatalf("v3: %v", err)
	}
	chain, err := w.svc.Revisions(ctx, w.rep, v3.ID)
	if err != nil || len(chain) != 3 || chain[0].ID != v1.ID || chain[2].ID != v3.ID {
		t.Fatalf("revisions: %+v, %v", chain, err)
	}
	latest, _ := w.svc.List(ctx, w.rep, quote.Filter{LatestOnly: true})
	if len(latest) != 1 || latest[0].ID != v3.ID {
		t.Fatalf("latest only: %+v", latest)
	}
}

func TestDuplicateStartsANewDraft(t *testing.T) {
	w := newWorld(t)
	src := w.create(w.rep, w.input())
	src, _ = w.svc.MarkSent(ctx, w.rep, src.ID, src.Version)
	src, _ = w.svc.Decline(ctx, w.rep, src.ID, src.Version)
	d, err := w.svc.Duplicate(ctx, w.senior, src.ID)
	mustKind(t, err, apperr.ErrForbidden)
	d, err = w.svc.Duplicate(ctx, w.manager, src.ID)
	if err != nil || d.Number == src.Number || d.Revision != 1 || d.Status != quote.StatusDraft || d.OwnerID != w.manager.ID ||
		d.PreviousID != "" || d.Totals.Total != src.Totals.Total || d.Lines[0].LineKey == src.Lines[0].LineKey {
		t.Fatalf("duplicate: %+v, %v", d, err)
	}
	if s, _ := w.svc.Quote(ctx, w.rep, src.ID); s.Status != quote.StatusRejected {
		t.Fatalf("the source keeps its status: %s", s.Status)
	}
}

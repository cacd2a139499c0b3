package inbox_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/inbox"
	"steady/backend/quote"
)

// A held quote waits in its owner's manager's inbox only: not in another
// team's manager's, not in the owner's (who lists only what no active
// manager will decide: a manager's own quote, a rep whose manager left), and
// reps find nothing waiting for them.
func TestAHeldQuoteWaitsForItsOwnersManagerOnly(t *testing.T) {
	w := newWorld(t)
	mine, peers, theirs := w.held(w.rep), w.held(w.peer), w.held(w.rep2)
	orphans, managers := w.held(w.orphan), w.held(w.manager)

	cases := []struct {
		name string
		box  inbox.Inbox
		want []string
	}{
		{"王芳 (manager)", w.inbox(w.manager), []string{peers.ID, mine.ID}},
		{"陈静 (the other team's manager)", w.inbox(w.other), []string{theirs.ID}},
		{"the owner", w.inbox(w.owner), []string{managers.ID, orphans.ID}},
		{"李强 (rep)", w.inbox(w.rep), []string{}},
		{"赵敏 (rep)", w.inbox(w.rep2), []string{}},
	}
	for _, c := range cases {
		got := []string{}
		for _, it := range c.box.Items {
			got = append(got, it.RecordID)
			if it.State != inbox.StatePending || it.Kind != quote.InboxApproval {
				t.Errorf("%s: %s %s, want a pending approval", c.name, it.Kind, it.State)
			}
		}
		if !slices.Equal(got, c.want) || c.box.Waiting != len(c.want) || c.box.Unseen != 0 {
			t.Errorf("%s sees %v (waiting %d, unseen %d), want %v (newest first)", c.name, got, c.box.Waiting, c.box.Unseen, c.want)
		}
	}
	it := w.inbox(w.manager).Items[1]
	if it.Title != mine.Number || it.Subject != "杭州明远智能科技有限公司" || it.AskedByName != "李强" ||
		it.AmountMinor != 5_000_00 || it.Currency != "CNY" || it.At != mine.SubmittedAt || it.Version != mine.Version ||
		!slices.Contains(it.Reasons, quote.ReasonBelowFloor) {
		t.Errorf("the manager's item for 李强's quote: %+v", it)
	}
}

// Those who may see cost see the margin: two printers at 2,500.00 against a
// cost of 1,650.00 (both with 13 % tax) earn 34.00 % before tax. A rep's
// inbox, as Wails would send it, carries no cost, margin or floor.
func TestTheMarginIsForManagersAndTheOwnerOnly(t *testing.T) {
	w := newWorld(t)
	q := w.held(w.rep)
	m := w.inbox(w.manager).Items[0].Margin
	if m == nil || m.BP != 3400 || m.LinesCosted != 1 || m.Lines != 1 || m.NetMinor != q.Totals.Net || m.CostMinor != 2_920_36 {
		t.Fatalf("the manager's margin: %+v (net %d)", m, q.Totals.Net)
	}
	if _, err := w.set.Quotes.Approve(ctx, w.manager, q.ID, q.Version, "可以"); err != nil {
		t.Fatal(err)
	}
	box := w.inbox(w.rep)
	if len(box.Items) != 1 {
		t.Fatalf("the rep's answers: %v", titles(box))
	}
	raw, _ := json.Marshal(box)
	for _, secret := range []string{"165000", "1650.00", "288888", "292036", `"margin":{`} {
		if strings.Contains(string(raw), secret) {
			t.Errorf("the rep's inbox hands them %s: %s", secret, raw)
		}
	}
}

// A decision reaches the quote's owner and stays until they have seen it or
// moved the quote on; a quote sent back, fixed, held and sent back again is
// news again even after the first answer was seen, and a stale "seen" from
// an old list brings nothing back nor hides the new answer.
func TestARepSeesTheAnswerUntilTheyHaveSeenIt(t *testing.T) {
	w := newWorld(t)
	approved, sentBack := w.held(w.rep), w.held(w.rep)
	a, err := w.set.Quotes.Approve(ctx, w.manager, approved.ID, approved.Version, "老客户，同意")
	if err != nil {
		t.Fatal(err)
	}
	w.clock.T = w.clock.T.Add(60e9)
	r, err := w.set.Quotes.RejectApproval(ctx, w.manager, sentBack.ID, sentBack.Version, "价格太低")
	if err != nil {
		t.Fatal(err)
	}
	if box := w.inbox(w.manager); len(box.Items) != 0 {
		t.Errorf("the manager still finds decided quotes: %v", titles(box))
	}
	box := w.inbox(w.rep)
	want := []string{"quote.answer " + r.Number + " rejected", "quote.answer " + a.Number + " approved"}
	if !slices.Equal(titles(box), want) || box.Unseen != 2 || box.Waiting != 0 {
		t.Fatalf("the rep's inbox: %v (unseen %d), want %v", titles(box), box.Unseen, want)
	}
	if it := box.Items[0]; it.Note != "价格太低" || it.DecidedByName != "王芳" || !it.Unseen || it.At != r.ApprovalAt {
		t.Errorf("the sent-back answer: %+v", it)
	}
	if box := w.inbox(w.peer); len(box.Items) != 0 {
		t.Errorf("刘洋 finds 李强's answers: %v", titles(box))
	}

	// Seen: the approved one goes; the one sent back is fixed and held again.
	must(t, w.set.Inbox.MarkSeen(ctx, w.rep, quote.InboxAnswer, a.ID, a.ApprovalAt))
	must(t, w.set.Inbox.MarkSeen(ctx, w.rep, quote.InboxAnswer, r.ID, r.ApprovalAt))
	if box := w.inbox(w.rep); len(box.Items) != 0 {
		t.Fatalf("seen answers stay: %v", titles(box))
	}
	again, err := w.set.Quotes.Submit(ctx, w.rep, r.ID, r.Version)
	if err != nil {
		t.Fatal(err)
	}
	w.clock.T = w.clock.T.Add(60e9)
	again, err = w.set.Quotes.RejectApproval(ctx, w.manager, again.ID, again.Version, "还是太低")
	if err != nil {
		t.Fatal(err)
	}
	must(t, w.set.Inbox.MarkSeen(ctx, w.rep, quote.InboxAnswer, r.ID, r.ApprovalAt)) // an old list's "seen"
	box = w.inbox(w.rep)
	if len(box.Items) != 1 || box.Items[0].Note != "还是太低" || !box.Items[0].Unseen {
		t.Fatalf("the second answer is not news: %v", titles(box))
	}
	must(t, w.set.Inbox.MarkSeen(ctx, w.rep, quote.InboxAnswer, again.ID, again.ApprovalAt))
	must(t, w.set.Inbox.MarkSeen(ctx, w.rep, quote.InboxAnswer, r.ID, r.ApprovalAt)) // and stale again
	if box := w.inbox(w.rep); len(box.Items) != 0 {
		t.Errorf("a stale mark brought the answer back: %v", titles(box))
	}

	// Another person's "seen" is their own.
	peers := w.held(w.peer)
	other, err := w.set.Quotes.Approve(ctx, w.manager, peers.ID, peers.Version, "")
	if err != nil {
		t.Fatal(err)
	}
	must(t, w.set.Inbox.MarkSeen(ctx, w.rep, quote.InboxAnswer, other.ID, other.ApprovalAt))
	if box := w.inbox(w.peer); len(box.Items) != 1 {
		t.Errorf("李强 marking 刘洋's answer seen hid it from 刘洋: %v", titles(box))
	}
}

// An approved quote the rep has already sent is no news: sending it was
// reading it.
func TestAnAnswerActedOnLeavesTheInbox(t *testing.T) {
	w := newWorld(t)
	q := w.held(w.rep)
	q, err := w.set.Quotes.Approve(ctx, w.manager, q.ID, q.Version, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.set.Quotes.MarkSent(ctx, w.rep, q.ID, q.Version); err != nil {
		t.Fatal(err)
	}
	if box := w.inbox(w.rep); len(box.Items) != 0 {
		t.Errorf("a sent quote's approval is still news: %v", titles(box))
	}
}

// Deciding from the inbox goes through the quote's own checks: a list read
// before the rep changed the quote (sent back by the owner, price cut
// further, held again) cannot approve the new price; a rep cannot approve
// their own quote, nor a manager their own or another team's.
func TestDecidingFromTheInboxKeepsTheQuoteRules(t *testing.T) {
	w := newWorld(t)
	q := w.held(w.rep)
	read := w.inbox(w.manager).Items[0]
	back, err := w.set.Quotes.RejectApproval(ctx, w.owner, q.ID, q.Version, "")
	if err != nil {
		t.Fatal(err)
	}
	in := quote.Input{ID: back.ID, Version: back.Version, CustomerName: back.CustomerName, TaxIncluded: true,
		Lines: []quote.LineInput{{ID: back.Lines[0].ID, ProductID: w.printer.ID, QtyMilli: 2000, UnitPriceMinor: 1_000_00, TaxRateBP: 1300}}}
	cut, err := w.set.Quotes.Update(ctx, w.rep, in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.set.Quotes.Submit(ctx, w.rep, cut.ID, cut.Version); err != nil {
		t.Fatal(err)
	}
	_, err = w.set.Quotes.Approve(ctx, w.manager, read.RecordID, read.Version, "")
	mustKind(t, err, apperr.ErrConflict)
	if now := w.inbox(w.manager).Items[0]; now.RecordID != q.ID || now.AmountMinor != 2_000_00 || now.Version == read.Version {
		t.Errorf("the manager's inbox does not show the new price: %+v", now)
	}

	own := w.inbox(w.manager).Items[0]
	_, err = w.set.Quotes.Approve(ctx, w.rep, own.RecordID, own.Version, "")
	mustKind(t, err, apperr.ErrForbidden)
	_, err = w.set.Quotes.Approve(ctx, w.other, own.RecordID, own.Version, "")
	mustKind(t, err, apperr.ErrForbidden)
	managers := w.held(w.manager)
	if box := w.inbox(w.manager); len(box.Items) != 1 {
		t.Errorf("the manager's own held quote waits for them: %v", titles(box))
	}
	_, err = w.set.Quotes.Approve(ctx, w.manager, managers.ID, managers.Version, "")
	mustKind(t, err, apperr.ErrForbidden)
}

func TestMarkSeenRefusesWhatIsNoItem(t *testing.T) {
	w := newWorld(t)
	err := w.set.Inbox.MarkSeen(ctx, w.rep, quote.InboxAnswer, "q1", "yesterday")
	mustKind(t, err, apperr.ErrValidation)
	err = w.set.Inbox.MarkSeen(ctx, w.rep, "", "q1", "2026-11-27T01:00:00.000Z")
	mustKind(t, err, apperr.ErrValidation)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustKind(t *testing.T, err, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want %v", err, kind)
	}
}

package demo

import (
	"context"
	"time"

	"steady/backend/auth"
	"steady/backend/quote"
)

// quoteStory is a quote a rep writes for a deal and where its story ends;
// q is the quote as the last step left it.
type quoteStory struct {
	manager auth.Actor
	in      quote.Input
	fate    string
	q       quote.Quote
}

// quoteTimes are the moments of a quote's story the deal's story follows:
// when it first went to the customer and its last step (the customer's
// answer, when there is one); sent is zero for a quote never sent.
type quoteTimes struct{ sent, last time.Time }

// planQuote adds the quote's steps to the deal from at, moving forward the
// way days pass in a real sale.
func (p *player) planQuote(d *demoDeal, qs *quoteStory, at time.Time) quoteTimes {
	later := func(hours int) { at = at.Add(time.Duration(hours+p.r.IntN(hours+1)) * time.Hour) }
	d.at(at, p.writeQuote(qs))
	if qs.fate == "draft" {
		return quoteTimes{last: at}
	}
	later(2)
	d.at(at, p.quoteStep(qs, p.quotes.Submit))
	if qs.fate == "pending" || qs.fate == "approved" {
		return quoteTimes{last: at}
	}
	later(3)
	d.at(at, p.approveQuote(qs, "客户年度框架采购，同意本次折扣。"))
	if qs.fate == "approvedAfterReview" {
		return quoteTimes{last: at}
	}
	later(1)
	d.at(at, p.quoteStep(qs, p.quotes.MarkSent))
	sent := at
	later(48)
	switch qs.fate {
	case "accepted":
		d.at(at, p.acceptQuote(qs))
	case "rejected":
		d.at(at, p.quoteStep(qs, p.quotes.Decline))
	case "revised":
		d.at(at, p.reviseQuote(qs, 1))
	case "revisedTwice":
		d.at(at, p.reviseQuote(qs, 1))
		later(48)
		d.at(at, p.reviseQuote(qs, 2))
	}
	return quoteTimes{sent: sent, last: at}
}

// writeQuote creates the quote for the deal, issued on the clock's day.
func (p *player) writeQuote(qs *quoteStory) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		issue := p.c.t.In(quoteZone).Format(time.DateOnly)
		qs.in.DealID, qs.in.IssueDate, qs.in.ValidUntil = d.id, issue, quoteDay(issue, 60)
		if qs.fate == "expired" {
			qs.in.ValidUntil = quoteDay(issue, 10)
		}
		var err error
		qs.q, err = p.quotes.Create(ctx, d.owner, qs.in)
		return err
	}
}

// quoteStep is one status change the deal's rep makes to the quote.
func (p *player) quoteStep(qs *quoteStory, change func(ctx context.Context, actor auth.Actor, id string, version int) (quote.Quote, error)) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		q, err := change(ctx, d.owner, qs.q.ID, qs.q.Version)
		if err == nil {
			qs.q = q
		}
		return err
	}
}

// approveQuote has the manager approve a quote waiting for approval (one
// whose discount is beyond the rep's limit); others pass.
func (p *player) approveQuote(qs *quoteStory, note string) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		if qs.q.Status != quote.StatusPendingApproval {
			return nil
		}
		q, err := p.quotes.Approve(ctx, qs.manager, qs.q.ID, qs.q.Version, note)
		if err == nil {
			qs.q = q
		}
		return err
	}
}

// acceptQuote records the customer's yes; the sales area wins the deal.
func (p *player) acceptQuote(qs *quoteStory) func(ctx context.Context, d *demoDeal) error {
	accept := p.quoteStep(qs, p.quotes.Accept)
	return func(ctx context.Context, d *demoDeal) error {
		if err := accept(ctx, d); err != nil {
			return err
		}
		won, err := p.svc.Deal(ctx, d.owner, d.id)
		return d.keep(won.Deal, err)
	}
}

// reviseQuote makes the next revision: the customer asked for more of the
// first line at a slightly better price; the new revision is sent again.
func (p *player) reviseQuote(qs *quoteStory, round int) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		svc, rep := p.quotes, d.owner
		next, err := svc.Revise(ctx, rep, qs.q.ID, qs.q.Version)
		if err != nil {
			return err
		}
		in := qs.in
		in.ID, in.Version, in.IssueDate, in.ValidUntil = next.ID, next.Version, next.IssueDate, next.ValidUntil
		in.Lines = append([]quote.LineInput(nil), qs.in.Lines...)
		for i, l := range next.Lines {
			in.Lines[i].ID = l.ID
		}
		first := next.Lines[0]
		in.Lines[0] = quote.LineInput{ID: first.ID, ProductID: first.ProductID, QtyMilli: first.QtyMilli + int64(round)*2000,
			UnitPriceMinor: max(first.FloorPriceMinor, first.UnitPriceMinor*(100-int64(round)*2)/100), TaxRateBP: first.TaxRateBP}
		if next, err = svc.Update(ctx, rep, in); err != nil {
			return err
		}
		if next, err = svc.Submit(ctx, rep, next.ID, next.Version); err != nil {
			return err
		}
		if next.Status == quote.StatusPendingApproval {
			if next, err = svc.Approve(ctx, qs.manager, next.ID, next.Version, "同意按修订价格报出。"); err != nil {
				return err
			}
		}
		qs.q, err = svc.MarkSent(ctx, rep, next.ID, next.Version)
		return err
	}
}

var quoteZone = mustZone("Asia/Shanghai")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return loc
}

func quoteDay(day string, n int) string {
	t, _ := time.Parse(time.DateOnly, day)
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

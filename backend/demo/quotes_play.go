package demo

import (
	"context"
	"math/rand/v2"
	"time"

	"steady/backend/auth"
	"steady/backend/quote"
)

// playQuote writes one quote as rep and takes it to its fate, moving the
// clock forward between steps the way days pass in a real sale.
func playQuote(ctx context.Context, svc *quote.Service, c *clock, t team, rep auth.Actor, in quote.Input, fate string, r *rand.Rand) error {
	issue := c.t.In(quoteZone).Format(time.DateOnly)
	in.IssueDate, in.ValidUntil = issue, quoteDay(issue, 60)
	if fate == "expired" {
		in.ValidUntil = quoteDay(issue, 10)
	}
	q, err := svc.Create(ctx, rep, in)
	if err != nil || fate == "draft" {
		return err
	}
	later := func(hours int) { c.t = c.t.Add(time.Duration(hours+r.IntN(hours+1)) * time.Hour) }
	later(2)
	if q, err = svc.Submit(ctx, rep, q.ID, q.Version); err != nil || fate == "pending" || fate == "approved" {
		return err
	}
	if q.Status == quote.StatusPendingApproval {
		later(3)
		if q, err = svc.Approve(ctx, t.manager, q.ID, q.Version, "客户年度框架采购，同意本次折扣。"); err != nil || fate == "approvedAfterReview" {
			return err
		}
	}
	later(1)
	if q, err = svc.MarkSent(ctx, rep, q.ID, q.Version); err != nil {
		return err
	}
	later(48)
	switch fate {
	case "accepted":
		_, err = svc.Accept(ctx, rep, q.ID, q.Version)
	case "rejected":
		_, err = svc.Decline(ctx, rep, q.ID, q.Version)
	case "revised":
		_, err = revise(ctx, svc, t, rep, q, in, 1)
	case "revisedTwice":
		if q, err = revise(ctx, svc, t, rep, q, in, 1); err == nil {
			later(48)
			_, err = revise(ctx, svc, t, rep, q, in, 2)
		}
	}
	return err
}

// revise makes the next revision: the customer asked for more of the first
// line at a slightly better price; the new revision is sent again.
func revise(ctx context.Context, svc *quote.Service, t team, rep auth.Actor, q quote.Quote, in quote.Input, round int) (quote.Quote, error) {
	next, err := svc.Revise(ctx, rep, q.ID, q.Version)
	if err != nil {
		return next, err
	}
	in.ID, in.Version, in.IssueDate, in.ValidUntil = next.ID, next.Version, next.IssueDate, next.ValidUntil
	in.Lines = append([]quote.LineInput(nil), in.Lines...)
	for i, l := range next.Lines {
		in.Lines[i].ID = l.ID
	}
	first := next.Lines[0]
	in.Lines[0] = quote.LineInput{ID: first.ID, ProductID: first.ProductID, QtyMilli: first.QtyMilli + int64(round)*2000,
		UnitPriceMinor: max(first.FloorPriceMinor, first.UnitPriceMinor*(100-int64(round)*2)/100), TaxRateBP: first.TaxRateBP}
	if next, err = svc.Update(ctx, rep, in); err != nil {
		return next, err
	}
	if next, err = svc.Submit(ctx, rep, next.ID, next.Version); err != nil {
		return next, err
	}
	if next.Status == quote.StatusPendingApproval {
		if next, err = svc.Approve(ctx, t.manager, next.ID, next.Version, "同意按修订价格报出。"); err != nil {
			return next, err
		}
	}
	return svc.MarkSent(ctx, rep, next.ID, next.Version)
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

package demo

import (
	"context"
	"fmt"
	"time"

	"steady/backend/sales"
)

// quotedDeal plays a deal of a that comes to the quotation stage shortly
// before at, when its rep writes the quote of qs for it. The customer's
// answer decides the deal: an accepted quote wins it (through the quote
// area, as in the app), a rejected one loses it on price, a lapsed one for
// want of a reply, and otherwise it waits in the quotation stage.
func (p *player) quotedDeal(ctx context.Context, a account, at time.Time, qs *quoteStory, title string, amount int64) error {
	quoting := p.stageIndex("quotation")
	d := &demoDeal{account: a}
	// Plan the way to the quotation stage from at, then move it back so
	// that it ends half an hour to two hours before the quote.
	start, entered := at, at
	for i := range quoting {
		entered = p.stay(d, p.open[i], entered, start)
		d.at(entered, p.move(p.open[i+1].ID))
	}
	shift := at.Add(-time.Duration(30+p.r.IntN(90)) * time.Minute).Sub(entered)
	for i := range d.steps {
		d.steps[i].at = d.steps[i].at.Add(shift)
	}
	start, entered = start.Add(shift), entered.Add(shift)
	p.stay(d, p.open[quoting], entered, start)
	last := p.planQuote(d, qs, at)
	switch qs.fate {
	case "accepted":
		leave := p.stay(d, p.won, last, start)
		if p.r.IntN(10) < 6 {
			d.at(leave, p.move(p.after.ID))
			p.stay(d, p.after, leave, start)
		}
	case "rejected":
		d.at(last.Add(time.Duration(1+p.r.IntN(24))*time.Hour), p.lose(p.reason("price")))
	case "expired": // the customer let the quote lapse and stopped answering
		d.at(at.AddDate(0, 0, 12+p.r.IntN(9)), p.lose(p.reason("no_response")))
	}
	p.c.t = start
	created, err := p.svc.CreateDeal(ctx, a.owner, sales.DealInput{CustomerID: a.customerID, Title: title, AmountMinor: amount})
	if err != nil {
		return fmt.Errorf("demo: deal: %w", err)
	}
	d.id, d.version = created.ID, created.Version
	return p.play(ctx, d)
}

// stageIndex is the place of the open stage with code among the open
// stages, or the last open stage when none has it.
func (p *player) stageIndex(code string) int {
	for i, st := range p.open {
		if st.Code == code {
			return i
		}
	}
	return len(p.open) - 1
}

// reason is the id of the lost reason with code, or of the first reason.
func (p *player) reason(code string) string {
	for _, r := range p.reasons {
		if r.Code == code {
			return r.ID
		}
	}
	return p.reasons[0].ID
}

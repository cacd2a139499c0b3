package demo

import (
	"context"
	"fmt"
	"time"

	"steady/backend/sales"
)

// quotedDeal plays a deal of a that comes to the quotation stage shortly
// before at, when its rep writes the quote of qs for it. The quotation
// stage's "quote sent" item is ticked when the quote goes out. The
// customer's answer decides the deal: an accepted quote wins it (through the
// quote area, as in the app) after the deal went through the stages left
// (negotiation), a rejected one loses it on price, a lapsed one for want of
// a reply, and otherwise it waits in the quotation stage.
func (p *player) quotedDeal(ctx context.Context, a account, at time.Time, qs *quoteStory, title string, amount int64) error {
	quoting := p.stageIndex("quotation")
	sentItem := checkItem(p.open[quoting])
	d := &demoDeal{account: a, later: map[string]bool{sentItem: true}}
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
	qt := p.planQuote(d, qs, at)
	if sentItem != "" && !qt.sent.IsZero() {
		d.at(qt.sent.Add(time.Duration(5+p.r.IntN(25))*time.Minute), p.tick(sentItem))
	}
	switch qs.fate {
	case "accepted":
		p.negotiate(d, p.open[quoting+1:], qt)
		leave := p.stay(d, p.won, qt.last, start)
		if p.r.IntN(10) < 6 {
			d.at(leave, p.move(p.after.ID))
			p.stay(d, p.after, leave, start)
		}
	case "rejected":
		d.at(qt.last.Add(time.Duration(1+p.r.IntN(24))*time.Hour), p.lose(p.reason("price")))
	case "expired": // the customer let the quote lapse and stopped answering
		d.at(at.AddDate(0, 0, 12+p.r.IntN(9)), p.lose(p.reason("no_response")))
	}
	p.c.t = officeHours(start)
	created, err := p.svc.CreateDeal(ctx, a.owner, sales.DealInput{CustomerID: a.customerID, Title: title, AmountMinor: amount})
	if err != nil {
		return fmt.Errorf("demo: deal: %w", err)
	}
	d.id, d.version = created.ID, created.Version
	return p.play(ctx, d)
}

// negotiate plans the open stages after the quotation stage for a quote the
// customer accepts: an hour or more after the quote went out the deal moves
// on, and each stage is worked in a share of the days left (its SOP tasks
// done, then its checklist ticked) before the acceptance wins the deal.
func (p *player) negotiate(d *demoDeal, stages []sales.Stage, qt quoteTimes) {
	if len(stages) == 0 {
		return
	}
	from := qt.sent.Add(time.Hour + time.Duration(p.r.IntN(12*60))*time.Minute)
	slot := qt.last.Add(-time.Hour).Sub(from) / time.Duration(len(stages))
	for i, st := range stages {
		entered := from.Add(time.Duration(i) * slot)
		d.at(entered, p.move(st.ID))
		for _, rule := range p.rules[st.ID] {
			if rule.Anchor != sales.AnchorFirstCall {
				d.at(entered.Add(slot*time.Duration(20+p.r.IntN(40))/100), p.complete(rule.ID))
			}
		}
		d.at(entered.Add(slot*time.Duration(70+p.r.IntN(25))/100), p.work(st))
	}
}

// checkItem is the key of the stage's first hand-ticked item, or "".
func checkItem(st sales.Stage) string {
	for _, it := range st.Checklist {
		if it.Kind == sales.ItemCheck {
			return it.Key
		}
	}
	return ""
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

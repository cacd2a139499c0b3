package sales

import (
	"testing"
	"time"
)

// boardStory: the rep has three open lead deals (one closing 15 December,
// one 10 December, one with no date), one in first contact, one lost 40 days
// ago and one lost yesterday; rep2 has one lead deal.
func boardStory(t *testing.T) *world {
	w := newWorld(t)
	w.clock.T = time.Date(2026, 10, 18, 1, 0, 0, 0, time.UTC)
	old := w.deal(w.rep, w.custRep, "旧单", 10_00)
	w.lose(w.rep, old, reasonPrice)
	w.clock.T = time.Date(2026, 11, 20, 1, 0, 0, 0, time.UTC)
	for _, d := range []DealInput{
		{Title: "年底补货", AmountMinor: 300_00, ExpectedCloseOn: "2026-12-15"},
		{Title: "会议室投影", AmountMinor: 200_00, ExpectedCloseOn: "2026-12-10"},
		{Title: "无日期", AmountMinor: 100_00},
	} {
		d.CustomerID = w.custRep
		if _, err := w.svc.CreateDeal(ctx, w.rep, d); err != nil {
			t.Fatal(err)
		}
	}
	moving, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "机房改造", 1_000_00).ID, 1, "lead.fit", true)
	w.move(w.rep, moving, stFirst)
	w.clock.T = time.Date(2026, 11, 26, 1, 0, 0, 0, time.UTC)
	w.lose(w.rep, w.deal(w.rep, w.custRep, "昨天输的", 50_00), reasonRival)
	w.deal(w.rep2, w.custRep2, "同事的单", 70_00)
	w.clock.T = time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	return w
}

func TestBoardShowsOpenDealsAndRecentlyClosed(t *testing.T) {
	w := boardStory(t)
	b, err := w.svc.Board(ctx, w.rep, BoardQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Columns) != 9 || b.Columns[0].Stage.ID != stLead || b.Columns[8].Stage.ID != stLost {
		t.Fatalf("columns = %d", len(b.Columns))
	}
	lead := b.Columns[0]
	if lead.Count != 3 || lead.AmountMinor != 600_00 || lead.WeightedMinor != 30_00 || titles2(lead.Cards) != "会议室投影 年底补货 无日期" {
		t.Fatalf("lead column = %d %d %d %s", lead.Count, lead.AmountMinor, lead.WeightedMinor, titles2(lead.Cards))
	}
	card := lead.Cards[0]
	if card.CustomerName != "杭州明远智能科技有限公司" || card.OwnerName != "李强" || card.DaysInStage != 7 ||
		card.OpenTasks != 1 || card.OverdueTasks != 1 {
		t.Fatalf("card = %+v", card)
	}
	if first := b.Columns[1]; first.Count != 1 || first.Cards[0].OpenTasks != 2 || first.Cards[0].DaysInStage != 7 {
		t.Fatalf("first contact = %+v", first)
	}
	if lost := b.Columns[8]; lost.Count != 1 || lost.Cards[0].Title != "昨天输的" {
		t.Fatalf("lost column = %+v", lost)
	}
	longer, _ := w.svc.Board(ctx, w.rep, BoardQuery{ClosedDays: 60, Cards: 2})
	if lost := longer.Columns[8]; lost.Count != 2 || titles2(lost.Cards) != "昨天输的 旧单" {
		t.Fatalf("60 days of lost deals = %+v", lost)
	}
	if lead := longer.Columns[0]; lead.Count != 3 || len(lead.Cards) != 2 {
		t.Fatalf("two cards per column = %+v", lead)
	}
	team, _ := w.svc.Board(ctx, w.manager, BoardQuery{})
	mine, _ := w.svc.Board(ctx, w.manager, BoardQuery{Filter: Filter{OwnerID: w.rep2.ID}})
	if team.Columns[0].Count != 4 || mine.Columns[0].Count != 1 || mine.Columns[0].Cards[0].Title != "同事的单" {
		t.Fatalf("manager's board: team %d, rep2 %d", team.Columns[0].Count, mine.Columns[0].Count)
	}
	if _, err := w.svc.Board(ctx, w.rep, BoardQuery{Filter: Filter{TeamID: w.manager.ID}}); !isForbidden(err) {
		t.Fatalf("a rep asking for the team board: %v", err)
	}
}

func titles2(cards []Card) string {
	out := ""
	for i, c := range cards {
		if i > 0 {
			out += " "
		}
		out += c.Title
	}
	return out
}

func TestDealListFiltersSortsAndPages(t *testing.T) {
	w := boardStory(t)
	cases := []struct {
		name  string
		q     DealQuery
		total int
		first string
	}{
		{"everything, latest change first", DealQuery{}, 6, "昨天输的"},
		{"open", DealQuery{Status: StatusOpen}, 4, "机房改造"},
		{"lost by amount", DealQuery{Status: StatusLost, Sort: "amount", Desc: true}, 2, "昨天输的"},
		{"by amount", DealQuery{Sort: "amount", Desc: true}, 6, "机房改造"},
		{"by close date, none first", DealQuery{Status: StatusOpen, Sort: "expectedClose"}, 4, "无日期"},
		{"title fragment", DealQuery{Search: "投影"}, 1, "会议室投影"},
		{"customer fragment", DealQuery{Search: "明远"}, 6, "昨天输的"},
		{"percent matches itself", DealQuery{Search: "%"}, 0, ""},
		{"stage", DealQuery{StageID: stFirst}, 1, "机房改造"},
		{"second page", DealQuery{Sort: "amount", Limit: 2, Offset: 2}, 6, "无日期"},
	}
	for _, c := range cases {
		page, err := w.svc.Deals(ctx, w.rep, c.q)
		if err != nil || page.Total != c.total || (c.first != "" && page.Deals[0].Title != c.first) || (c.first == "" && len(page.Deals) != 0) {
			t.Errorf("%s: %d %s, %v", c.name, page.Total, titles2(page.Deals), err)
		}
	}
	for _, q := range []DealQuery{{Status: "maybe"}, {Sort: "mood"}} {
		if _, err := w.svc.Deals(ctx, w.rep, q); fields(err) == nil {
			t.Errorf("%+v: %v", q, err)
		}
	}
	if page, _ := w.svc.Deals(ctx, w.manager, DealQuery{}); page.Total != 7 {
		t.Fatalf("manager sees %d deals", page.Total)
	}
}

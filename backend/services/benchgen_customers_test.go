package services_test

import (
	"database/sql"
	"fmt"
	"slices"
	"time"

	"steady/backend/customer"
	"steady/backend/pinyin"
	"steady/backend/store"
)

// benchSegments are the segments a customer is given, with their revisit
// cadence (the customer area's default settings) and their share in percent.
var benchSegments = []struct {
	name        string
	days, share int
}{
	{customer.SegmentHighValue, 14, 15}, {customer.SegmentPotential, 30, 25},
	{customer.SegmentOrdinary, 60, 50}, {customer.SegmentAtRisk, 14, 10},
}

var (
	benchCities = []string{"杭州", "苏州", "成都", "广州", "上海", "北京", "深圳", "南京", "武汉", "厦门"}
	benchWords  = []string{"明远", "恒信", "蓉锦", "粤海", "华通", "鑫达", "宏图", "金桥", "瑞丰", "嘉禾", "臺灣資訊"}
	benchTrades = []string{"智能科技", "工业设备", "办公用品", "包装材料", "贸易", "电子", "机械", "建材", "医疗器械"}
)

const (
	insertCustomer = `INSERT INTO customers(id, kind, name, name_pinyin, name_initials, owner_id, owned_since, pool_since,
		stage, segment, source, city, country, phone, phone_norm, created_by, created_at, updated_at)
		VALUES (?, 'company', ?, ?, ?, ?, ?, ?, 'lead', ?, ?, ?, '中国', ?, ?, ?, ?, ?)`
	insertOwnerHistory = `INSERT INTO customer_owner_history(id, customer_id, at, actor_id, action, to_owner_id)
		VALUES (?, ?, ?, ?, 'create', ?)`
	insertRevisit = `INSERT INTO revisit_tasks(id, customer_id, owner_id, segment, from_at, due_at, deadline_at, status,
		done_at, done_by, prev_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

// addCustomers writes each rep's customers with their revisits, and the pool.
func (g *benchGen) addCustomers() error {
	return g.db.Tx(ctx, func(tx *sql.Tx) error {
		ins, err := prepareAll(tx, insertCustomer, insertOwnerHistory, insertRevisit,
			`UPDATE customers SET last_contact_at = ? WHERE id = ?`)
		if err != nil {
			return err
		}
		defer closeAll(ins)
		for _, rep := range g.reps {
			for range int(months(rep.since, benchNow) * customersPerMonth) {
				c, err := g.customer(ins, rep.id, g.workTime(rep.since, benchNow))
				if err != nil {
					return err
				}
				last, err := g.revisits(ins[2], c, rep.id)
				if err != nil {
					return err
				}
				if _, err := ins[3].ExecContext(ctx, last, c.id); err != nil {
					return err
				}
				rep.customers = append(rep.customers, c)
			}
			slices.SortFunc(rep.customers, func(a, b *benchCustomer) int { return a.created.Compare(b.created) })
		}
		for range poolCustomers {
			if _, err := g.customer(ins, "", g.between(benchStart, benchNow)); err != nil {
				return err
			}
		}
		return nil
	})
}

// customer writes one customer created at created for owner ("" for the
// pool).
func (g *benchGen) customer(ins []*sql.Stmt, owner string, created time.Time) (*benchCustomer, error) {
	c := &benchCustomer{id: store.NewID(), created: created, name: benchCities[g.r.IntN(len(benchCities))] +
		benchWords[g.r.IntN(len(benchWords))] + benchTrades[g.r.IntN(len(benchTrades))] + "有限公司"}
	c.segment, c.cadence = g.segment()
	at := store.FormatTime(created)
	var holder, ownedSince, poolSince any
	if owner != "" {
		holder, ownedSince = owner, at
	} else {
		poolSince = store.FormatTime(created.AddDate(0, 0, 30))
	}
	syl := pinyin.Syllables(c.name)
	phone := fmt.Sprintf("0571-8%03d %04d", g.r.IntN(1000), g.r.IntN(10000))
	sources := customer.Sources()
	creator := owner
	if creator == "" {
		creator = g.owner.ID
	}
	if _, err := ins[0].ExecContext(ctx, c.id, c.name, pinyin.Join(syl), pinyin.Initials(syl), holder, ownedSince,
		poolSince, c.segment, sources[g.r.IntN(len(sources))], benchCities[g.r.IntN(len(benchCities))], phone,
		customer.NormalizePhone(phone), creator, at, at); err != nil {
		return nil, err
	}
	_, err := ins[1].ExecContext(ctx, store.NewID(), c.id, at, creator, holder)
	return c, err
}

func (g *benchGen) segment() (string, int) {
	x := g.r.IntN(100)
	for _, s := range benchSegments {
		if x < s.share {
			return s.name, s.days
		}
		x -= s.share
	}
	panic("segment shares do not add up to 100")
}

// revisits writes c's chain of revisits from its creation: each falls due
// its cadence after the visit before and is done on time (most), late, or
// never (the customer neglected: the chain ends open, missed). The last task
// of every chain is open, due ahead (pending) or past (missed). It returns
// the last contact ("" when none).
func (g *benchGen) revisits(ins *sql.Stmt, c *benchCustomer, owner string) (string, error) {
	from, prev, last := c.created, any(nil), ""
	for {
		due := g.day(from).AddDate(0, 0, c.cadence)
		deadline := due.AddDate(0, 0, 1)
		id, done := store.NewID(), g.revisitDone(from, due, deadline)
		status, doneAt, doneBy, updated := "open", any(nil), any(nil), store.FormatTime(from)
		if !done.IsZero() && done.Before(benchNow) {
			status, doneAt, doneBy, updated = "done", store.FormatTime(done), owner, store.FormatTime(done)
		}
		if _, err := ins.ExecContext(ctx, id, c.id, owner, c.segment, store.FormatTime(from), store.FormatTime(due),
			store.FormatTime(deadline), status, doneAt, doneBy, prev, store.FormatTime(from), updated); err != nil {
			return "", err
		}
		if status == "open" {
			return last, nil
		}
		from, prev, last = done, id, store.FormatTime(done)
	}
}

// revisitDone is when a revisit is done: on time (in the three days up to
// its deadline), late (up to ten days after), or never (zero).
func (g *benchGen) revisitDone(from, due, deadline time.Time) time.Time {
	switch x := g.r.IntN(1000); {
	case x < 770:
		early := due.AddDate(0, 0, -3)
		if early.Before(from) {
			early = from
		}
		return g.workTime(early, deadline)
	case x < 985:
		return g.workTime(deadline, deadline.AddDate(0, 0, 1+g.r.IntN(10)))
	}
	return time.Time{}
}

// finishCustomers derives what the customer area keeps on each customer
// from the deals written: the last purchase, and the stage the wins give
// (lead; prospect with a deal; customer; repeat).
func (g *benchGen) finishCustomers() error {
	return g.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE customers SET
			last_purchase_at = (SELECT max(won_at) FROM won_deals w WHERE w.customer_id = customers.id),
			stage = CASE (SELECT count(*) FROM won_deals w WHERE w.customer_id = customers.id)
				WHEN 0 THEN CASE WHEN EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = customers.id)
					THEN 'prospect' ELSE 'lead' END
				WHEN 1 THEN 'customer' ELSE 'repeat' END`)
		return err
	})
}
